// Only infra/ is linted, with policy/cognito-lint.yaml: CL201 is a note, below the fail level.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] \S*infra\/app\.yaml:10:22: note: CallbackURLs\[0\]/
assert !log.contains('other/app.yaml')
assert log.contains('1 problem (0 errors, 0 warnings, 1 note) in 1 of 1 file.')
assert log.contains('BUILD SUCCESS')
true
