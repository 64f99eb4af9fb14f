import pickle, re, sys, glob, os
from collections import Counter, defaultdict
from difflib import SequenceMatcher
A=pickle.load(open('/work/staging/mt3/raw/all.pkl','rb'))
used=set()
for f in glob.glob('/work/main/Corpora/*/mt/*.txt')+glob.glob('/work/staging/mt/*/*.txt'):
    used.add(os.path.basename(f))
CJK=re.compile(r'[\u3040-\u30ff\u4e00-\u9fff]')
END=re.compile(r'[.!?…。！？"»“”」』)\'’:;]\s*$')
DET={'en':'The|This|That|These|He|She|It|They|We|I|In|A|An|But|And|However|Several|His|Her|Their|There','de':'Der|Die|Das|Er|Sie|Es|Wir|Ich|Ein|Eine|In|Auch|Aber|Doch|Dies|Diese','fr':'Le|La|Les|Il|Elle|Ils|Elles|Nous|Je|Un|Une|Mais|Ce|Cette|Dans|En','ru':'Он|Она|Они|Это|В|На|Но|По|Мы|Я|Его|Её|Их|Этот|Эта|Как|Также'}
LEGIT={'en':{'had','that','is'},'de':{'die','das','der','sie'},'fr':{'nous','vous','de','la','le'},'ru':{'что','в'}}
def words(s): return re.findall(r'\w+',s.lower())
def ngrams(w,n): return [' '.join(w[i:i+n]) for i in range(len(w)-n+1)]
res=[]
for a in A:
    tl=a['pair'].split('-')[1]; hyp=a['hyp']; src=a['src']
    L=sum(len(h)+1 for h in hyp)
    if L<1200: continue
    f=Counter(); ex=[]
    cjk = tl in ('ja','zh')
    for i,h in enumerate(hyp):
        s=src[i]
        # doubled word
        if not cjk:
            for m in re.finditer(r'\b(\w+)\s+\1\b',h,re.I):
                if m.group(1).lower() in LEGIT.get(tl,()) or m.group(1).isdigit(): continue
                f['dupword']+=1; ex.append((i+1,'dupword',h[max(0,m.start()-30):m.end()+30]))
            w=words(h)
            for n in (3,4,6):
                c=Counter(ngrams(w,n)); sw=Counter(ngrams(words(s),n))
                rep=[g for g,k in c.items() if k>1 and k>sw.get(g,0)]
                if rep: f[f'rep{n}']+=len(rep); ex.append((i+1,f'rep{n}',rep[:3]))
        else:
            for n in (4,8):
                t=re.sub(r'\W','',h); c=Counter(t[j:j+n] for j in range(len(t)-n+1))
                st=re.sub(r'\W','',s)
                rep=[g for g,k in c.items() if k>1 and g not in st]
                if rep: f[f'crep{n}']+=len(rep); ex.append((i+1,f'crep{n}',rep[:3]))
            for m in re.finditer(r'(.{2,})\1',h):
                if CJK.search(m.group(1)) and m.group(1) not in s: f['cdouble']+=1; ex.append((i+1,'cdouble',m.group(0)))
        # length ratio
        if len(s)>20 and len(h)>2.2*len(s)*(0.35 if cjk else 1)+40: f['long']+=1; ex.append((i+1,'long',h[:120]))
        if not cjk:
            for m in re.finditer(r'[a-zа-яäöüßéèàç]{2,}\. +[a-zа-яäöüéèàç]',h):
                f['lowerafterstop']+=1; ex.append((i+1,'lower',h[max(0,m.start()-30):m.end()+20]))
            for m in re.finditer(r'[a-zа-яäöüßéèàç]{2,}[.!?][A-ZА-ЯÄÖÜ][a-zа-яäöü]',h):
                f['glued']+=1; ex.append((i+1,'glued',h[max(0,m.start()-30):m.end()+20]))
            if tl in DET:
                for m in re.finditer(r'[a-zа-яäöüßéèàç]{3,} (%s) [a-zа-яäöüßéèàç]'%DET[tl],h):
                    f['capdet']+=1; ex.append((i+1,'capdet',h[max(0,m.start()-40):m.end()+20]))
    # seg boundary: hyp lacks end punct where src has it, next seg starts upper, same paragraph
    pos={sid:k for k,sid in enumerate(a['ids'])}
    for p in a['paras']:
        for x,y in zip(p,p[1:]):
            i=pos.get(x); 
            if i is None: continue
            if END.search(src[i]) and not END.search(hyp[i]) and hyp[i].strip() and not cjk:
                f['merged']+=1; ex.append((i+1,'merged',hyp[i][-60:]+' | '+hyp[i+1][:30]))
    # cross-segment repeated long n-grams (near-duplicates)
    def grams(t):
        if cjk:
            t=re.sub(r'\W','',t); return {t[j:j+10] for j in range(len(t)-9)}
        w=words(t); return set(ngrams(w,5))
    idx=defaultdict(set)
    for i,h in enumerate(hyp):
        for g in grams(h): idx[g].add(i)
    pairs=Counter()
    for g,ss in idx.items():
        if len(ss)>1:
            ss=sorted(ss)
            for x in range(len(ss)):
                for y in range(x+1,len(ss)): pairs[(ss[x],ss[y])]+=1
    for (i,j),k in pairs.items():
        if k>=3 and SequenceMatcher(None,src[i],src[j]).ratio()<0.5:
            f['neardup']+=1; ex.append((i+1,'neardup',f'{j+1} shared={k}'))
    sc=3*f['dupword']+f['rep3']+2*f['rep4']+3*f['rep6']+f['crep4']+3*f['crep8']+3*f['cdouble']+2*f['long']+3*f['lowerafterstop']+3*f['glued']+2*f['capdet']+3*f['merged']+5*f['neardup']
    res.append((sc,a['year'],a['pair'],a['system'],a['doc'],L,dict(f),ex))
pickle.dump(res,open('/work/staging/mt3/raw/scan.pkl','wb'))
res.sort(key=lambda r:-r[0])
for r in res[:int(sys.argv[1]) if len(sys.argv)>1 else 80]:
    print(r[0],r[1],r[2],r[3],r[4],r[5],r[6])
