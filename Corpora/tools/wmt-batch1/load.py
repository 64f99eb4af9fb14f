import sys, subprocess, pickle, os
sys.path.insert(0, os.path.dirname(__file__)); import wmtxml
RAW='/work/staging/mt/raw'
def gitshow(repo, path):
    return subprocess.run(['git','--git-dir',f'/work/.mirror/wmt-conference+{repo}-news-systems/repo','show','HEAD:'+path],capture_output=True,text=True).stdout.split('\n')[:-1]
def commit(repo):
    return subprocess.run(['git','--git-dir',f'/work/.mirror/wmt-conference+{repo}-news-systems/repo','rev-parse','HEAD'],capture_output=True,text=True).stdout.strip()
ALL = []  # dicts: year, pair, system, doc, domain, src[list], hyp[list], path, how
def add_xml(year, pair, fname, path):
    for d in wmtxml.load(f'{RAW}/{fname}'):
        for sysn, segs in d['hyp'].items():
            ALL.append(dict(year=year, pair=pair, system=sysn, doc=d['id'], domain=d['domain'], src=[t for _,t in d['src']], hyp=[t for _,t in segs], path=path, how='xml', segids=[i for i,_ in segs]))
add_xml('wmt21','en-ja','wmt21.en-ja.xml','xml/newstest2021.en-ja.all.xml')
add_xml('wmt21','de-fr','wmt21.de-fr.xml','xml/newstest2021.de-fr.all.xml')
add_xml('wmt21','fr-de','wmt21.fr-de.xml','xml/newstest2021.fr-de.all.xml')
add_xml('wmt21','ja-en','wmt21.ja-en.xml','xml/newstest2021.ja-en.all.xml')
add_xml('wmt21','ru-en','wmt21.ru-en.xml','xml/newstest2021.ru-en.all.xml')
for p in ['en-zh','de-fr','fr-de','ja-en','ru-en']:
    add_xml('wmt22',p,f'wmt22.{p}.xml',f'xml/wmttest2022.{p}.all.xml')
# mapped: wmt22 en-de, en-ru, en-ja via en-zh xml source
zh = wmtxml.load(f'{RAW}/wmt22.en-zh.xml')
systems = {'en-de':['JDExploreAcademy','Lan-Bridge','Online-A','Online-B','Online-G','Online-W','Online-Y','OpenNMT','PROMT'],
 'en-ru':['HuaweiTSC','JDExploreAcademy','Lan-Bridge','Online-A','Online-B','Online-G','Online-W','Online-Y','PROMT','SRPOL','eTranslation'],
 'en-ja':['AISP-SJTU','DLUT','JDExploreAcademy','KYB','Lan-Bridge','LanguageX','NAIST-NICT-TIT','NT5','Online-A','Online-B','Online-G','Online-W','Online-Y']}
for pair, syss in systems.items():
    tl = pair.split('-')[1]
    src = gitshow('wmt22', f'txt/sources/generaltest2022.{pair}.src.en')
    # locate each doc
    spans = []
    for d in zh:
        s = [t for _,t in d['src']]
        found = [i for i in range(len(src)-len(s)+1) if src[i:i+len(s)]==s]
        if len(found)!=1: print('ambiguous', pair, d['id'], len(found), file=sys.stderr); continue
        spans.append((d, found[0], len(s)))
    for sysn in syss:
        path = f'txt/system-outputs/generaltest2022.{pair}.hyp.{sysn}.{tl}'
        hyp = gitshow('wmt22', path)
        assert len(hyp)==len(src), (pair, sysn, len(hyp), len(src))
        for d, i, n in spans:
            ALL.append(dict(year='wmt22', pair=pair, system=sysn, doc=d['id'], domain=d['domain'], src=src[i:i+n], hyp=hyp[i:i+n], path=path, how=f'txt lines {i+1}-{i+n}', segids=[str(k) for k in range(1,n+1)]))
pickle.dump(ALL, open(f'{RAW}/all.pkl','wb'))
from collections import Counter
print(len(ALL), Counter((a['year'],a['pair']) for a in ALL))
# wmt21 en-zh / en-ru / en-de mapped through the en-ja xml's English source (docs found whole and once only)
ja = wmtxml.load(f'{RAW}/wmt21.en-ja.xml')
G21='/work/.mirror/wmt-conference+wmt21-news-systems/repo'
for pair in ['en-zh','en-ru','en-de']:
    tl = pair.split('-')[1]
    src = gitshow('wmt21', f'txt/sources/newstest2021.{pair}.src.en')
    spans=[]
    for d in ja:
        s=[t for _,t in d['src']]
        found=[i for i in range(len(src)-len(s)+1) if src[i:i+len(s)]==s]
        if len(found)==1: spans.append((d,found[0],len(s)))
    files = subprocess.run(['git','--git-dir',G21,'ls-tree','--name-only','HEAD','txt/system-outputs/'],capture_output=True,text=True).stdout.split()
    for path in files:
        if f'.{pair}.hyp.' not in path: continue
        sysn = path.split('.hyp.')[1][:-len(tl)-1]
        hyp = gitshow('wmt21', path)
        if len(hyp)!=len(src): print('len mismatch', path, file=sys.stderr); continue
        for d,i,n in spans:
            ALL.append(dict(year='wmt21', pair=pair, system=sysn, doc=d['id'], domain=None, src=src[i:i+n], hyp=hyp[i:i+n], path=path, how=f'txt lines {i+1}-{i+n}', segids=[str(k) for k in range(1,n+1)]))
    print(pair, 'mapped docs', len(spans), file=sys.stderr)
pickle.dump(ALL, open(f'{RAW}/all.pkl','wb'))
