def recipes = evaluate(new File(itDirectory, 'recipes.groovy'))
def run = recipes.gitlabCi(new File(recipeDirectory, 'gitlab-ci.yml'), basedir, recipes.its(binding.variables),
        [variables: [BOX_CLIENT_ID: 'ccg-client-id', BOX_CLIENT_SECRET: 'ccg-client-secret', BOX_ENTERPRISE_ID: '37002'],
         pipeline: [CI_PIPELINE_SOURCE: 'push']])
recipes.assertHandsOnTakesAndRevokes(run, 'script 1', 'script 2', 'after_script 1',
        new File(basedir, 'builds/box-token-4242'), '37002', standinUrl, ['item_upload'])
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/box-reports/TEST-box.xml'))
assert junit.@tests == '1' && junit.@failures == '0' && junit.@errors == '0'
true
