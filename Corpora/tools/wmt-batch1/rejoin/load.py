"""Load source/hyp segments and <p> structure for each first-batch mt document."""
import subprocess, re, glob, os, json, pickle
import xml.etree.ElementTree as ET
G={'wmt21':'/work/.mirror/wmt-conference+wmt21-news-systems/repo','wmt22':'/work/.mirror/wmt-conference+wmt22-news-systems/repo'}
C={'wmt21':'f41750dadbf2ba6ab01ca5380347d253298a3427','wmt22':'20240a2e96a50e823ea8cdf37fd8af52547146e3'}
def show(y,path):
    return subprocess.run(['git','--git-dir',G[y],'show',f'{C[y]}:{path}'],capture_output=True,check=True).stdout.decode('utf-8')
_xml={}
def xmldoc(y,path,docid):
    if (y,path) not in _xml: _xml[(y,path)]=ET.fromstring(show(y,path).encode('utf-8'))
    root=_xml[(y,path)]
    for doc in root.iter('doc'):
        if doc.get('id')==docid: return doc
    raise KeyError(docid)
def paras(el):
    ps=el.findall('p')
    return [[(s.get('id'),s.text or '') for s in p.iter('seg')] for p in ps]
OUT={}
for f in sorted(glob.glob('/work/main/Corpora/tools/wmt-batch1/marked/*/*.marked.txt')):
    name=os.path.basename(f)[:-len('.marked.txt')]
    if 'anonline487084' in name: continue
    hdr=open(f,encoding='utf-8').readline()
    m=re.match(r'# source: wmt-conference/(wmt2\d)-news-systems (\w+) (\S+)(?: \(txt lines (\d+)-(\d+)\))? system=(\S+) doc=(\S+);',hdr)
    y,commit,path,lo,hi,system,doc=m.groups(); assert commit==C[y]
    rec=dict(name=name,marked=f,year=y,path=path,system=system,doc=doc)
    if path.startswith('xml/'):
        d=xmldoc(y,path,doc)
        sp=paras(d.find('src'))
        hs=[h for h in d.findall('hyp') if h.get('system')==system]; assert len(hs)==1
        hp=paras(hs[0])
        rec['src']=[t for p in sp for _,t in p]; rec['hyp']=[t for p in hp for _,t in p]
        rec['src_p']=[len(p) for p in sp]; rec['hyp_p']=[len(p) for p in hp]
    else:
        lo,hi=int(lo),int(hi)
        pair=re.search(r'\.(\w\w-\w\w)\.hyp\.',path).group(1)
        stem='newstest2021' if y=='wmt21' else 'generaltest2022'
        src=show(y,f'txt/sources/{stem}.{pair}.src.en').split('\n')
        hyp=show(y,path).split('\n')
        rec['src']=src[lo-1:hi]; rec['hyp']=hyp[lo-1:hi]
        # paragraph structure of the same English document in the xml used for mapping
        mp={'wmt21':'xml/newstest2021.en-ja.all.xml','wmt22':'xml/wmttest2022.en-zh.all.xml'}[y]
        d=xmldoc(y,mp,doc); sp=paras(d.find('src'))
        assert [t for p in sp for _,t in p]==rec['src'], name
        rec['src_p']=[len(p) for p in sp]; rec['hyp_p']=None
    OUT[name]=rec
    print(name,len(rec['src']),len(rec['hyp']),rec['src_p'],rec['hyp_p'])
pickle.dump(OUT,open('/work/staging/mt4/tools/docs.pkl','wb'))
