#!/usr/bin/env python3
"""Wire a layer into package.json exports/files, tsup entries, typedoc entryPoints, src/index.ts and .gitignore."""
import json, re, sys
layer = sys.argv[1]
p = json.load(open('package.json'))
exp = dict(p['exports'])
pj = exp.pop('./package.json')
exp[f'./{layer}'] = {
  "import": {"types": f"./dist/{layer}/index.d.ts", "default": f"./dist/{layer}/index.js"},
  "require": {"types": f"./dist/{layer}/index.d.cts", "default": f"./dist/{layer}/index.cjs"},
}
exp['./package.json'] = pj
p['exports'] = exp
files = p['files']
if layer not in files: files.insert(files.index('README.md'), layer)
json.dump(p, open('package.json', 'w'), indent=2); open('package.json', 'a').write('\n')
t = open('tsup.config.ts').read()
if f'"{layer}/index"' not in t:
  t = t.replace('} as const;', f'  "{layer}/index": "src/{layer}/index.ts",\n}} as const;', 1)
  open('tsup.config.ts', 'w').write(t)
d = json.load(open('typedoc.json'))
if f'src/{layer}/index.ts' not in d['entryPoints']: d['entryPoints'].insert(len(d['entryPoints']) - 1, f'src/{layer}/index.ts')  # the root stays last, so functions are documented under their layer
json.dump(d, open('typedoc.json', 'w'), indent=2); open('typedoc.json', 'a').write('\n')
i = open('src/index.ts').read()
if f'./{layer}/index.js' not in i: open('src/index.ts', 'a').write(f'export * from "./{layer}/index.js";\n')
g = open('.gitignore').read()
if f'/{layer}/\n' not in g: open('.gitignore', 'a').write(f'/{layer}/\n')
