import json,unicodedata,re,glob,sys
def key(s):
    s=s.lower().replace('œ','oe').replace('æ','ae').replace('ß','ss')
    s=''.join(c for c in unicodedata.normalize('NFKD',s) if not unicodedata.combining(c))
    s=re.sub(r"[^\w@$]+",' ',s)
    return ' '.join(s.split())
T={}
for f in ['policies/lexicon.json','policies/lexicon_intl.json']:
    for k,v in json.load(open(f))['candor']['terms'].items(): T.setdefault(key(k),set()).update(v)
for f in glob.glob('training/lexicon/areas/*.json'):
    d=json.load(open(f))
    for k,v in d.get('terms',{}).items(): T.setdefault(key(k),set()).update(v)
