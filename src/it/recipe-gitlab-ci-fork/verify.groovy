def recipes = evaluate(new File(itDirectory, 'recipes.groovy'))
def run = recipes.gitlabCi(new File(recipeDirectory, 'gitlab-ci.yml'), basedir, recipes.its(binding.variables),
        [variables: [:], pipeline: [CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_PROJECT_ID: '1001',
                                    CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '2002']])   // a fork's merge request
recipes.assertEveryStepGoesOn(run, ['script 1', 'script 2'], 'after_script 1')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/box-reports/TEST-box.xml'))
assert junit.@failures == '0' && junit.@errors == '0'
true
