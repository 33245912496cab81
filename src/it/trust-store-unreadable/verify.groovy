def log = new File(basedir, 'build.log').text
evaluate(new File(itDirectory, 'plugin-validation.groovy')).assertNoIssueForThisPlugin(log)
assert log.contains('Cannot set up HTTPS: the trust store javax.net.ssl.trustStore=pom.xml (type PKCS12) cannot be read (KeyStoreException: ')
assert log.contains('trustStoreType where they are set (MAVEN_OPTS or .mvn/jvm.config); the file must be a keystore of that type and password.\n') : 'Maven appends nothing to the fix'
assert log.contains('Check javax.net.ssl.trustStore, trustStorePassword and trustStoreType where they are set')
assert !log.contains('canaryTrustPassword42')
assert !log.contains('valid-never-sent')
assert !log.contains('\tat ') : 'no stack trace without -X'
