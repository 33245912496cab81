// The proxy's port is chosen when the build starts, so settings.xml is written now.
def port = new URL(proxyUrl).port
new File(basedir, 'settings.xml').text = """<settings>
  <proxies>
    <proxy>
      <id>corporate</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>127.0.0.1</host>
      <port>${port}</port>
      <username>proxyuser</username>
      <password>proxyPASSWORDcanary</password>
    </proxy>
  </proxies>
</settings>
"""
new File(basedir, 'forwarded-before.txt').text = new URL(proxyUrl + '/__proxy/forwarded').text
true
