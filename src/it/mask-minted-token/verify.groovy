def lines = new File(basedir, 'build.log').readLines()
def token = new File(basedir, 'handed-on/box-token').text.trim()
assert token.startsWith('valid-sa-')
def first = lines.findIndexOf { it.contains(token) }
assert first >= 0 && lines[first] == '::add-mask::' + token : "the first line that holds the token is not its mask: ${lines[first]}"
assert lines.count { it.contains(token) } == 1 : 'the token appears on a line other than its mask'
assert first < lines.findIndexOf { it.contains('[INFO] Box token OK: ') }
true
