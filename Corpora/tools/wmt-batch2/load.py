import sys, subprocess, pickle, os, glob
import xml.etree.ElementTree as ET
RAW='/work/staging/mt3/raw'
GD={'wmt21':'/work/.mirror/wmt-conference+wmt21-news-systems/repo','wmt22':'/work/.mirror/wmt-conference+wmt22-news-systems/repo'}
C={'wmt21':'f41750dadbf2ba6ab01ca5380347d253298a3427','wmt22':'20240a2e96a50e823ea8cdf37fd8af52547146e3'}
def gitshow(y, path):
    return subprocess.run(['git','--git-dir',GD[y],'show',C[y]+':'+path],capture_output=True,text=True).stdout.split('\n')[:-1]
def paras(el):
    ps=el.findall('p')
    if not ps: return [[s.get('id') for s in el.iter('seg')]]
    return [[s.get('id') for s in p.iter('seg')] for p in ps]
def loadxml(path):
    docs=[]
    for doc in ET.parse(path).getroot().iter('doc'):
        src=doc.find('src')
        d=dict(id=doc.get('id'),domain=doc.get('domain'),src=[(s.get('id'),s.text or '') for s in src.iter('seg')],paras=paras(src),hyp={},hpar={})
        for h in doc.findall('hyp'):
            d['hyp'][h.get('system')]=[(s.get('id'),s.text or '') for s in h.iter('seg')]
            d['hpar'][h.get('system')]=paras(h)
        docs.append(d)
    return docs
ALL=[]
XML={('wmt21',p):f'xml/newstest2021.{p}.all.xml' for p in ['en-ja','de-fr','fr-de','ja-en','ru-en','is-en']}
XML.update({('wmt22',p):f'xml/wmttest2022.{p}.all.xml' for p in ['en-zh','de-fr','fr-de','ja-en','ru-en','uk-en','liv-en','sah-ru']})
for (y,p),path in XML.items():
    for d in loadxml(f'{RAW}/{y}.{p}.xml'):
        for s,segs in d['hyp'].items():
            if d['hpar'][s]!=d['paras']: print('para mismatch',y,p,d['id'],s,file=sys.stderr)
            ALL.append(dict(year=y,pair=p,system=s,doc=d['id'],src=[t for _,t in d['src']],hyp=[t for _,t in segs],ids=[i for i,_ in segs],paras=d['paras'],path=path,how='xml'))
def mapped(y,refdocs,pairs,prefix):
    for pair in pairs:
        tl=pair.split('-')[1]
        src=gitshow(y,f'txt/sources/{prefix}.{pair}.src.en')
        spans=[]
        for d in refdocs:
            s=[t for _,t in d['src']]
            f=[i for i in range(len(src)-len(s)+1) if src[i:i+len(s)]==s]
            if len(f)==1: spans.append((d,f[0],len(s)))
        files=subprocess.run(['git','--git-dir',GD[y],'ls-tree','--name-only',C[y],'txt/system-outputs/'],capture_output=True,text=True).stdout.split()
        for path in files:
            if f'.{pair}.hyp.' not in path: continue
            sysn=path.split('.hyp.')[1][:-len(tl)-1]
            hyp=gitshow(y,path)
            if len(hyp)!=len(src): print('len mismatch',path,file=sys.stderr); continue
            for d,i,n in spans:
                ALL.append(dict(year=y,pair=pair,system=sysn,doc=d['id'],src=src[i:i+n],hyp=hyp[i:i+n],ids=[x for x,_ in d['src']],paras=d['paras'],path=path,how=f'txt lines {i+1}-{i+n}; paragraphs from {XMLREF[y]}'))
        print(y,pair,'mapped',len(spans),'of',len(refdocs),file=sys.stderr)
XMLREF={'wmt21':'xml/newstest2021.en-ja.all.xml','wmt22':'xml/wmttest2022.en-zh.all.xml'}
mapped('wmt21',loadxml(f'{RAW}/wmt21.en-ja.xml'),['en-zh','en-ru','en-de'],'newstest2021')
mapped('wmt22',loadxml(f'{RAW}/wmt22.en-zh.xml'),['en-de','en-ru','en-ja'],'generaltest2022')
pickle.dump(ALL,open(f'{RAW}/all.pkl','wb'))
from collections import Counter
print(len(ALL),Counter((a['year'],a['pair']) for a in ALL))
