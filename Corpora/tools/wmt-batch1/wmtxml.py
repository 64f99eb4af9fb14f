import xml.etree.ElementTree as ET, sys, json
def load(path):
    root = ET.parse(path).getroot()
    docs = []
    colls = root.findall('collection') or [root]
    for coll in colls:
        for doc in coll.findall('doc'):
            d = {'collection': coll.get('id'), 'id': doc.get('id'), 'domain': doc.get('domain'), 'origlang': doc.get('origlang'), 'src': [], 'hyp': {}}
            src = doc.find('src')
            d['src'] = [(s.get('id'), s.text or '') for s in src.iter('seg')]
            for h in doc.findall('hyp'):
                d['hyp'][h.get('system')] = [(s.get('id'), s.text or '') for s in h.iter('seg')]
            docs.append(d)
    return docs
if __name__ == '__main__':
    docs = load(sys.argv[1])
    from collections import Counter
    print(len(docs), Counter((d['collection'], d['domain']) for d in docs))
    print(sorted(docs[0]['hyp']))
