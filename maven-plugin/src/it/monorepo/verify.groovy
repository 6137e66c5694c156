// svc-a allows http://dev.internal, svc-b does not: one finding, which fails the build.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \S*svc-b\/app\.yaml:10:22: error: CallbackURLs\[0\]: 'http:\/\/dev\.internal\/cb' uses http/
assert !(log =~ /svc-a\/app\.yaml:\d+:\d+/)
assert log.contains('1 problem (1 error, 0 warnings, 0 notes) in 1 of 2 files.')
assert log.contains('cognito-lint found problems at or above the fail level')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cognito-lint.sarif'))
assert sarif.runs[0].results*.ruleId == ['CL201']
assert new File(basedir, 'target/cognito-lint.xml').text.contains('CL201')
true
