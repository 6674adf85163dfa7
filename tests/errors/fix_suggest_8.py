class K: pass
K.fooo = 1
K.foo
