import json
def u16(s): return len(s.encode('utf-16-le'))//2
spec=json.load(open('spec.json'))
for f,info in spec.items():
    t=open('orig/'+f,encoding='utf-8',newline='').read()
    side=f.rsplit('.',1)[0]+'.expected.json'
    d=json.load(open(side))
    if all('note' not in x for x in d['annotations']):
        notes={}
        for a in info['annotations']:
            c=t.index(a['context']); k=a.get('at', a['context'].index(a['text']))
            notes[u16(t[:c+k])]=a.get('note')
        for x in d['annotations']:
            n=notes.pop(x['offset'])
            if n: x['note']=n
        assert not notes
    lic = 'PSF-2.0' if f.startswith('ja/pydoc') else ('CC0-1.0' if f.startswith('es') else 'CC-BY-4.0')
    s='{\n  "clean": false,\n  "source": '+json.dumps(d['source'],ensure_ascii=False)+',\n  "licence": '+json.dumps(lic)+',\n  "annotations": [\n'
    s+=',\n'.join('    '+json.dumps(x,ensure_ascii=False) for x in d['annotations'])+'\n  ]\n}\n'
    open(side,'w',encoding='utf-8').write(s)
