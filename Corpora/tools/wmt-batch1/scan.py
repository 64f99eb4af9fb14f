import pickle, re, sys
from collections import Counter
ALL=pickle.load(open('/work/staging/mt/raw/all.pkl','rb'))
CJK=r'[\u3040-\u30ff\u3400-\u9fff]'
def flags(a):
    tl=a['pair'].split('-')[1]; sl=a['pair'].split('-')[0]
    f=Counter()
    for i,(s,h) in enumerate(zip(a['src'],a['hyp'])):
        if '\ufffd' in h or re.search(r'Ã.|â€|[\u200b-\u200f\u00ad\u2060\ufeff]|[\x00-\x08\x0b-\x1f]',h): f['enc']+=1
        if '  ' in h: f['dblspace']+=1
        if re.search(r'\s[,.;:!?](?!\.)',h) and tl not in ('fr',): f['sp_before']+=1
        if tl=='fr' and re.search(r'\w[:;?!](?:\s|$)',h): f['fr_nospace']+=1
        if tl in('ja','zh') and re.search(CJK+r' '+CJK,h): f['cjk_space']+=1
        if re.search(r'\b(\w{2,})\s+\1\b',h,re.I) : f['dupword']+=1
        w=h.split()
        ng=[' '.join(w[k:k+4]) for k in range(len(w)-3)]
        if len(ng)!=len(set(ng)): f['dup4']+=1
        if tl in ('ja','zh') and re.search(r'(.{6,})\1',h): f['dupcjk']+=1
        if re.search(r'([,;:!?])\1|(?<!\.)\.\.(?!\.)|[,;:][.!?]|[.!?],',h): f['punct']+=1
        for o,c in ['()','[]','（）','「」','『』','“”','«»','„“']:
            if o!=c and h.count(o)!=h.count(c) and not (o=='„' ): f['bracket_'+o]+=1
        if h.count('"')%2: f['straightq_odd']+=1
        if tl=='de' and h.count('„')!=h.count('“'): f['de_quotes']+=1
        if tl in ('de','fr','ja','zh','ru') and '"' in h: f['straightq']+=1
        if re.search(r'\b[a-z]{3,} (The|This|He|She|It|They|We|I|In|But|And|Der|Die|Das|Er|Sie|Es|Il|Elle|Les|Le|La|Он|Она|Это|В)\b',h): f['merge?']+=1
        if re.search(r'[a-zа-я]\. [a-zäöüéèàа-я]',h): f['split?']+=1
        if tl in ('ja','zh') and len(re.findall(r'[A-Za-z]{3,}',h))>=6 and len(re.findall(CJK,h))<5: f['untrans']+=1
        if tl in ('ja','zh') and re.search(r'[A-Za-z]+( [A-Za-z]+){5,}',h): f['latinrun']+=1
        if tl=='en' and re.search(CJK+'|[а-яА-Я]',h): f['untrans']+=1
        if tl not in('ja','zh') and s.strip()==h.strip() and len(s)>40: f['copy']+=1
        if h.strip()=='' : f['empty']+=1
    if len(set(a['hyp']))<len(a['hyp']): f['dupseg']+=1
    return f
rows=[]
for a in ALL:
    L=len('\n\n'.join(a['hyp']))
    a['len']=L
    if L<1200: continue
    f=flags(a)
    rows.append((a,f))
if __name__=='__main__':
    pair=sys.argv[1]
    for a,f in sorted([r for r in rows if r[0]['pair']==pair and (len(sys.argv)<3 or r[0]['year']==sys.argv[2])], key=lambda r:-sum(1 for k in r[1] if r[1][k]))[:int(sys.argv[4]) if len(sys.argv)>4 else 40]:
        print(a['year'],a['system'],a['doc'],a['domain'],a['len'],len(a['hyp']),dict(f))
