import json,re
def rd(f):
    out=[]
    for l in open(f):
        l=l.strip()
        if not l or l.startswith('#'): continue
        out+= [t.strip() for t in l.split('|') if t.strip()]
    return out
def drop(f): return set(rd(f))
terms={}
def add(ts,cls,dr=set()):
    for t in ts:
        if t in dr: continue
        terms.setdefault(t,[])
        if cls not in terms[t]: terms[t].append(cls)
add(rd('places_clean.txt'),'place')
add(rd('events.txt'),'event',drop('drop_events.txt'))
add(rd('frames.txt'),'news_frame',drop('drop_frames.txt'))
add(rd('realistic.txt'),'realistic',drop('drop_real.txt'))
benign={}
try:
    for l in open('benign.txt'):
        l=l.strip()
        if not l or l.startswith('#'): continue
        p,ts=l.split('=>'); benign[p.strip()]=[x.strip() for x in ts.split(',')]
except FileNotFoundError: pass
json.dump({"terms":terms,"benign":benign},open('/work/ref6/news/policy/news.json','w'),ensure_ascii=False,indent=0)
print(len(terms),len(benign))
