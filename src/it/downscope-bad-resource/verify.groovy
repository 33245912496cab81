def log = new File(basedir, 'build.log').text
assert log.contains('Box refused to downscope the verified token to item_upload for folder 999 (HTTP 400, invalid_request')
assert log.contains('Check box.downscopeResource (folder:<id>, file:<id> or the item')
assert !new File(basedir, 'handoff/box-token').exists()
