def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Box token OK: CI Service Account <[^>]+> \(user 3000001\) in enterprise 777 'Acme Sandbox' acting as Jane Doe <jane@acme.com> \(user 4242\) by As-User, token obtained by Client Credentials Grant for enterprise 777 .*; folders 111 'Uploads' \(upload of 1 MB accepted\)/
assert log.contains('act as user 404404 by As-User (HTTP 404, not_found: Not Found)')
assert log.contains('[ERROR] Check box.asUser (or BOX_AS_USER): the id of a user of the app\'s enterprise (Admin Console > Users).')
assert log.contains('Box refused to let Test User <test@user.com> (user 12345) act as user 4242 by As-User (HTTP 403, access_denied_insufficient_permissions: Access denied - insufficient permission)')
assert log.contains('box.asUser 3000001 names the token\'s own user, CI Service Account')
assert log.contains('box.asUser and box.downscope are both set, but Box\'s token exchange has no As-User')
assert !log.contains('valid-it-as-user') && !log.contains('ccg-client-secret')
true
