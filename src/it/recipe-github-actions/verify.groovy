def recipes = evaluate(new File(itDirectory, 'recipes.groovy'))
def run = recipes.githubActions(new File(recipeDirectory, 'github-actions.yml'), basedir, recipes.its(binding.variables),
        [secrets: [BOX_CLIENT_ID: 'ccg-client-id', BOX_CLIENT_SECRET: 'ccg-client-secret', BOX_ENTERPRISE_ID: '37001'],
         event: [ref: 'refs/heads/main']])   // a push: no pull_request
recipes.assertHandsOnTakesAndRevokes(run, 'Box gate (hands on a token for the upload folder only)', 'Build and test',
        'Revoke the Box token', new File(basedir, 'runner-temp/box-token'), '37001', standinUrl, ['item_upload', 'base_explorer'])
assert run.step('Box gate (hands on a token for the upload folder only)').output.contains('::add-mask::valid-ds-')
true
