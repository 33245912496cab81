def recipes = evaluate(new File(itDirectory, 'recipes.groovy'))
def run = recipes.jenkins(new File(recipeDirectory, 'Jenkinsfile'), basedir, recipes.its(binding.variables),
        [credentials: [:], env: [BRANCH_NAME: 'PR-7', CHANGE_ID: '7', CHANGE_FORK: 'contributor']])
recipes.assertEveryStepGoesOn(run, ['sh 1', 'sh 2'], 'sh 3')
true
