def log = new File(basedir, 'build.log').text
assert log.contains("Box would refuse the upload to folder 111 'Uploads': its preflight for a 1 MB file named 'release.zip'")
assert log.contains("answered (HTTP 409, item_name_in_use: Item with the same name already exists)")
assert log.contains("The folder already holds file 9001 'release.zip': to replace it, upload a new version to the file instead (POST /2.0/files/9001/content)")
assert !log.contains('\tat io.github.boxmaven')
