import pickle,re
from analyse import D,segs_of,layout,FINAL
Q='"«»„“”‘’‚「」『』\''
for name,rec in D.items():
    ms=segs_of(rec); lay=layout(rec)
    for p in lay:
        rows=[]
        for n in p:
            s=rec['hyp'][n-1]
            marks=[c for c in s if c in '"«»„“”「」『』']
            # unbalanced?
            bal = (s.count('"')%2==0 and s.count('«')==s.count('»') and s.count('„')==s.count('“')+0 and s.count('「')==s.count('」'))
            if marks and not bal: rows.append((n,''.join(marks),ms[n-1].count('⟦quotes')))
        if rows: print(name, rows)
    # lowercase starts after junction
    for p in lay:
        for a,b in zip(p,p[1:]):
            y=rec['hyp'][b-1].lstrip('"«„“\'(')
            if y and y[0].islower(): print('  LOWER', name, f'J{a}-{b}', rec['hyp'][a-1][-30:], '|', rec['hyp'][b-1][:30])
