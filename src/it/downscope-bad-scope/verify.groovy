def log = new File(basedir, 'build.log').text
assert log.contains('Box refused to downscope the verified token to item_upload, no_such_scope (HTTP 400, invalid_scope')
assert log.contains('Check box.downscope: each scope must be one Box knows')
assert !new File(basedir, 'handoff/box-token').exists()
