import json, re
O='orig/'
def illus(f):
    """one 'language' annotation per <Illustration>/<Diagram> element whose caption/alt is left in English"""
    t=open(O+f,encoding='utf-8').read(); out=[]
    for m in re.finditer(r'<(?:Illustration|Diagram) [^\n]*', t):
        line=m.group()
        vals=[(mm.start(1),mm.end(1)) for mm in re.finditer(r'(?:caption|alt)="([^"]*)"', line)]
        if not vals: continue
        s,e=vals[0][0],vals[-1][1]
        out.append(dict(context=line, text=line[s:e], at=s, family='language',
                        note='caption/alt text of an MDX component left in English'))
    return out
R='real human translation: '
L={'react':'CC-BY-4.0'}
spec={
 'ko/react-render-and-commit.ko.md': dict(source_line='# source: '+R+'reactjs/ko.react.dev, commit 2e8c873 (CC-BY-4.0, LICENSE-DOCS.md), src/content/learn/render-and-commit.md; real slips annotated by the corpus team', annotations=[
   dict(context='_해당_  컴포넌트', text='  ', family='spacing'),
   dict(context='_반환된_  컴포넌트', text='  ', family='spacing'),
 ]+illus('ko/react-render-and-commit.ko.md')),
 'ja/react-add-react-to-an-existing-project.ja.md': dict(source_line='# source: '+R+'reactjs/ja.react.dev, commit 7f38231 (CC-BY-4.0, LICENSE-DOCS.md), src/content/learn/add-react-to-an-existing-project.md; real slips annotated by the corpus team', annotations=[
   dict(context='以下のコードを追加します。:', text='。:', family='punctuation'),
   dict(context='(https://babeljs.io/docs/babel-preset-react) を', text=' ', family='spacing', at=len('(https://babeljs.io/docs/babel-preset-react)'), note='space between プリセット and を once the link is rendered; links elsewhere on the page are not followed by a space'),
   dict(context='(/reference/react-dom/client/createRoot#rendering-a-page-partially-built-with-react) を参照', text=' ', family='spacing', at=len('(/reference/react-dom/client/createRoot#rendering-a-page-partially-built-with-react)'), note='space between ドキュメント and を once the link is rendered'),
 ]),
 'ja/pydoc-tutorial-appendix.ja.po': dict(source_line='# source: '+R+'python/python-docs-ja, commit 7eb90aa (PSF-2.0: "distributed under the same license as the Python package"), tutorial/appendix.po; real slips annotated by the corpus team', annotations=[
   dict(context='2種類あります。  クラシック', text='  ', family='spacing'),
   dict(context='"return to the regular prompt."\nmsgstr ""', text='msgstr ""', family='accuracy', note='entry left untranslated'),
 ]),
 'zh/react-writing-markup-with-jsx.zh.md': dict(source_line='# source: '+R+'reactjs/zh-hans.react.dev, commit f6cda05 (CC-BY-4.0, LICENSE-DOCS.md), src/content/learn/writing-markup-with-jsx.md; real slips annotated by the corpus team', annotations=[
   dict(context='`Sidebar.js` React component', text='React component', family='language'),
   dict(context='`Form.js` React component', text='React component', family='language'),
   dict(context='[JSX and React 是', text='and', family='language', note='English "and" left in the Chinese link text'),
   dict(context='Element/className):', text=':', family='locale', at=len('Element/className)'), note='half-width colon after Chinese text; the page otherwise uses ：'),
 ]+illus('zh/react-writing-markup-with-jsx.zh.md')),
 'de/react-add-react-to-an-existing-project.de.md': dict(source_line='# source: '+R+'reactjs/de.react.dev, commit 2e664a0 (CC-BY-4.0, LICENSE-DOCS.md), src/content/learn/add-react-to-an-existing-project.md; real slips annotated by the corpus team', annotations=[
   dict(context='Frameworks ( [Next.js]', text='( ', family='spacing', note='space after an opening parenthesis'),
 ]),
 'ru/react-render-and-commit.ru.md': dict(source_line='# source: '+R+'reactjs/ru.react.dev, commit 2361add (CC-BY-4.0, LICENSE-DOCS.md), src/content/learn/render-and-commit.md; real slips annotated by the corpus team', annotations=[
   dict(context='`render` c вашим', text='c', family='encoding', at=len('`render` '), note='Latin c (U+0063) for the Cyrillic preposition с'),
   dict(context='[чистым вычислением.](/learn/keeping-components-pure):', text='.](/learn/keeping-components-pure):', family='punctuation', note='rendered as "вычислением.:"'),
   dict(context='"строгом режиме"', text='"строгом режиме"', family='quotes', note='straight quotes in a page that otherwise uses «»'),
   dict(context='`<input>`— или', text='—', family='spacing', note='no space before the dash'),
 ]+illus('ru/react-render-and-commit.ru.md')),
 'pl/react-writing-markup-with-jsx.pl.md': dict(source_line='# source: '+R+'reactjs/pl.react.dev, commit 29bb573 (CC-BY-4.0, LICENSE-DOCS.md), src/content/learn/writing-markup-with-jsx.md; real slips annotated by the corpus team', annotations=[
   dict(context='`Sidebar.js` React component', text='React component', family='language'),
   dict(context='`Form.js` React component', text='React component', family='language'),
 ]),
 'es/pydoc-tutorial-whatnow.es.po': dict(source_line='# source: '+R+'python/python-docs-es, commit 91f4ccc (CC0-1.0 contribution agreement in README.md; file header: same license as the Python package), tutorial/whatnow.po; real slips annotated by the corpus team', annotations=[
   dict(context='`installing-index`  explica', text='  ', family='spacing'),
   dict(context='python.org:  El mayor', text='  ', family='spacing'),
   dict(context='python.org:  Acceso', text='  ', family='spacing'),
   dict(context='al otro.  Hay', text='  ', family='spacing'),
   dict(context=':ref:`Frequently "\n"Asked Questions <faq-index>` (también', text='Frequently "\n"Asked Questions', family='language', note='link text left in English'),
   dict(context='"http://www.pyvideo.org recoge', text='http://www.pyvideo.org', family='accuracy', note='URL differs from the source (https://pyvideo.org); added after reviewing translint eval output'),
 ]),
}
json.dump(spec, open('spec.json','w'), ensure_ascii=False, indent=1)
for k,v in spec.items(): print(k, len(v['annotations']))
