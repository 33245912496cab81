def recipes = evaluate(new File(itDirectory, 'recipes.groovy'))
def run = recipes.jenkins(new File(recipeDirectory, 'Jenkinsfile'), basedir, recipes.its(binding.variables),
        [credentials: ['box-client-id': 'ccg-client-id', 'box-client-secret': 'ccg-client-secret'],
         env: [BRANCH_NAME: 'main']])
recipes.assertHandsOnTakesAndRevokes(run, 'sh 1', 'sh 2', 'sh 3', new File(basedir.path + '@tmp/box-token'), '123456',
        standinUrl, ['item_upload'])
assert run.log.contains('== junit target/box-reports/TEST-box.xml: read')
true
