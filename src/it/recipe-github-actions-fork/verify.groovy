def recipes = evaluate(new File(itDirectory, 'recipes.groovy'))
def run = recipes.githubActions(new File(recipeDirectory, 'github-actions.yml'), basedir, recipes.its(binding.variables),
        [secrets: [:], event: [pull_request: [head: [repo: [fork: true]]]]])   // a fork's pull request: no secrets
recipes.assertEveryStepGoesOn(run, ['Box gate (hands on a token for the upload folder only)', 'Build and test'],
        'Revoke the Box token')
true
