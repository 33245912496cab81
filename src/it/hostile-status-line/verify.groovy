def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD FAILURE') == 3 : 'the three builds (default, -e, -X) did not all run'
assert log.contains('[DEBUG]') && log.contains('at okhttp3.') : 'no stack trace at -e and -X'
// the attack reached the plugin, and came out cleaned: its controls are '?', in the plugin's line and in the causes
assert log.contains('Unexpected status line: HTTP/1.1 200?[2J?::error title=INJECTED::forged by the server?::add-mask::x')
assert !log.contains('\u001b') : 'a terminal escape reached the output'
// GitHub's runner starts a line at CR, LF and CRLF: no line may start a workflow command other than the plugin's own
def forged = log.split(/\r\n|\r|\n/).findAll { it.startsWith('::') && !it.startsWith('::error title=Box token::') }
assert forged.isEmpty() : "forged workflow commands: ${forged}"
true
