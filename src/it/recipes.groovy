// Runs a CI recipe of src/site/resources/recipes (the files the README and the site show) the way its CI would: each
// step's shell command as written, in the IT's directory (the recipe's project), with the environment the CI would
// give it (its secrets or none, the CI's own variables, the recipe's variables), and in the CI's order (a step after a
// failure is skipped, an always-step is not). Expressions and keywords this runner does not know fail the IT, so the
// recipes cannot use them untested. ./mvnw is a stub that runs the Maven running the ITs against the Box stand-in.
// Shared by the recipe-* ITs' verify scripts; needs bash (the ITs are not run on Windows).
import org.yaml.snakeyaml.Yaml

/** A recipe's run: its steps in order, each with its command, exit code (null: skipped) and output. */
class RecipeRun {
    List<Map> steps = []
    String log = ''
    boolean failed() { steps.any { it.exit != null && it.exit != 0 && !it.allowedToFail } }
    Map step(String name) { steps.find { it.name == name } ?: { throw new AssertionError("no step '$name' in $steps.name") }() }
}

/**
 * Writes ./mvnw (and the settings it uses) into the project directory: the Maven that runs the ITs, on the ITs'
 * repository, against the stand-in, with a first-seen ledger of this IT's own.
 */
void prepareProject(File project, Map its) {
    def settings = new File(project, 'recipe-settings.xml')
    settings.text = new File(its.itDirectory, 'settings.xml').text.replace('@localRepositoryUrl@', its.outerRepositoryUrl)
    def maven = new File(System.getProperty('maven.home'), 'bin/mvn')
    def mvnw = new File(project, 'mvnw')
    mvnw.text = """#!/usr/bin/env bash
# The recipe's ./mvnw in this IT: the Maven running the ITs, pointed at the ITs' repository and the Box stand-in.
exec '${maven}' -ntp -s '${settings}' -Dmaven.repo.local='${its.localRepositoryPath}' \\
  -Dbox.baseUrl='${its.standinUrl}' -Dbox.ledger='${new File(project, 'token-ledger.properties')}' \\
  -Daether.remoteRepositoryFilter.prefixes=false "\$@"
"""
    mvnw.setExecutable(true)
}

/** Runs one shell command as the CI would, and records it. */
Map sh(RecipeRun run, File project, String name, String command, Map<String, String> env) {
    def process = new ProcessBuilder('bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command)
            .directory(project).redirectErrorStream(true)
    // nothing of the CI or the shell that runs the ITs reaches the recipe: only what its own CI would give it
    process.environment().keySet().removeIf { it ==~ /(BOX_|GITHUB_|RUNNER_|CI_|GITLAB_|JENKINS_|CHANGE_|WORKSPACE|MAVEN_ARGS).*|CI/ }
    process.environment().putAll(env.findAll { it.value != null })
    def started = process.start()
    def output = started.inputStream.getText('UTF-8')
    int exit = started.waitFor()
    run.log += "== ${name}\n\$ ${command}\n${output}== exit ${exit}\n\n"
    def step = [name: name, command: command, exit: exit, output: output]
    run.steps << step
    step
}

void skip(RecipeRun run, String name, String command) {
    run.log += "== ${name}\n(skipped: an earlier step failed)\n\n"
    run.steps << [name: name, command: command, exit: null, output: '']
}

void writeLog(RecipeRun run, File project) {
    new File(project, 'recipe.log').text = run.log
}

// ---------------------------------------------------------------------------------------------------------- GitHub

/** Evaluates a GitHub Actions expression of the few forms the recipe uses: a context path, 'text', &&, ||. */
def githubExpression(String expression, Map context) {
    def terms = expression.trim().split(/\s*\|\|\s*/).collect { it.split(/\s*&&\s*/) as List }
    def value = { String term ->
        if (term ==~ /'[^']*'/) return term[1..-2]
        if (!(term ==~ /[A-Za-z_][A-Za-z0-9_.-]*/)) throw new AssertionError("the recipe runner does not know the expression '$term'")
        def found = context
        for (String key : term.split(/\./)) { found = found instanceof Map ? found[key] : null }
        found
    }
    def truthy = { it != null && it != false && it != '' && it != 0 }
    def result = null
    for (List<String> and : terms) {          // a || b: the first truthy one; a && b: the first falsy one
        result = null
        for (String term : and) { result = value(term); if (!truthy(result)) break }
        if (truthy(result)) return result
    }
    result
}

String githubSubstitute(String text, Map context) {
    text.replaceAll(/\$\{\{(.*?)\}\}/) { all, expression -> String.valueOf(githubExpression(expression, context) ?: '') }
}

/**
 * Runs the GitHub Actions recipe: scenario.secrets (the repository's secrets; none for a fork), scenario.event
 * (github.event: a push has no pull_request).
 */
RecipeRun githubActions(File recipe, File project, Map its, Map scenario) {
    def workflow = new Yaml().load(recipe.text)
    assert workflow.jobs?.size() == 1 : "$recipe has one job"
    def job = workflow.jobs.values().first()
    def context = [secrets: scenario.secrets, github: [event: scenario.event]]
    def runnerTemp = new File(project, 'runner-temp')
    runnerTemp.mkdirs()
    def base = [CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: project.path, RUNNER_TEMP: runnerTemp.path,
                GITHUB_STEP_SUMMARY: new File(runnerTemp, 'step-summary.md').path]
    (workflow.env ?: [:]).each { k, v -> base[k] = githubSubstitute(String.valueOf(v), context) }
    (job.env ?: [:]).each { k, v -> base[k] = githubSubstitute(String.valueOf(v), context) }
    prepareProject(project, its)
    def run = new RecipeRun()
    job.steps.each { Map step ->
        if (step.uses) {
            assert step.uses ==~ /actions\/(checkout|setup-java)@v\d+/ : "the recipe runner does not know the action $step.uses"
            run.log += "== ${step.uses}\n(the IT's directory is the checkout, and the JDK is the ITs' own)\n\n"
            return
        }
        String name = step.name ?: step.run
        assert step.if == null || step.if == 'always()' : "the recipe runner does not know if: $step.if"
        String command = githubSubstitute(step.run, context)
        if (run.failed() && step.if != 'always()') {
            skip(run, name, command)
            return
        }
        def env = new LinkedHashMap(base)
        (step.env ?: [:]).each { k, v -> env[k] = githubSubstitute(String.valueOf(v), context) }
        sh(run, project, name, command, env)
    }
    writeLog(run, project)
    run
}

// ---------------------------------------------------------------------------------------------------------- GitLab

/** Evaluates a GitLab rules:if of the forms the recipe uses: $VAR, "text", ==, !=, &&, ||. */
boolean gitlabIf(String condition, Map<String, String> variables) {
    def value = { String term ->
        term = term.trim()
        if (term ==~ /"[^"]*"/) return term[1..-2]
        if (term == 'null') return null
        def name = (term =~ /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/)
        if (!name.matches()) throw new AssertionError("the recipe runner does not know the rules:if term '$term'")
        variables[name.group(1)]
    }
    condition.split(/\|\|/).any { String or ->
        or.split(/&&/).every { String and ->
            def comparison = (and =~ /^(.*?)(==|!=)(.*)$/)
            if (comparison.matches()) {
                def (left, right) = [value(comparison.group(1)), value(comparison.group(3))]
                return comparison.group(2) == '==' ? left == right : left != right
            }
            def single = value(and)
            single != null && single != ''
        }
    }
}

/** $VAR and ${VAR} in a variable's value, as GitLab expands them. */
String gitlabExpand(String text, Map<String, String> variables) {
    text.replaceAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/) { all, name -> variables[name] ?: '' }
}

/**
 * Runs the GitLab CI recipe's one job: scenario.variables (the project's CI/CD variables; none for a fork) and
 * scenario.pipeline (the predefined variables of the pipeline: a merge request's, or none for a push).
 */
RecipeRun gitlabCi(File recipe, File project, Map its, Map scenario) {
    def pipeline = new Yaml().load(recipe.text)
    def image = pipeline.image instanceof Map ? pipeline.image.name : pipeline.image
    assert image ==~ /.*(jdk|temurin|openjdk|maven:).*/ : "$recipe names an image with a JDK (GitLab.com's default has none): $image"
    def jobs = pipeline.findAll { k, v -> v instanceof Map && v.script }
    assert jobs.size() == 1 : "$recipe has one job"
    def job = jobs.values().first()
    def buildsDir = new File(project, 'builds')
    buildsDir.mkdirs()
    def variables = [CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: project.path, CI_BUILDS_DIR: buildsDir.path,
                     CI_JOB_ID: '4242'] + scenario.pipeline + scenario.variables
    def define = { Map vars -> (vars ?: [:]).each { k, v -> variables[k] = gitlabExpand(String.valueOf(v), variables) } }
    define(pipeline.variables)
    define(job.variables)
    def rule = job.rules?.find { it.if == null || gitlabIf(it.if, variables) }
    assert job.rules == null || rule != null : 'no rule of the job matched'
    assert rule == null || rule.when in [null, 'on_success', 'always'] : "the job does not run: when: $rule.when"
    assert rule == null || rule.keySet().every { it in ['if', 'when', 'variables'] } : "the recipe runner does not know $rule"
    define(rule?.variables)
    prepareProject(project, its)
    def run = new RecipeRun()
    job.script.eachWithIndex { String command, int i ->
        run.failed() ? skip(run, "script ${i + 1}", command) : sh(run, project, "script ${i + 1}", command, variables)
    }
    job.after_script?.eachWithIndex { String command, int i ->    // always runs; its failure does not fail the job
        sh(run, project, "after_script ${i + 1}", command, variables).allowedToFail = true
    }
    def junit = job.artifacts?.reports?.junit
    if (junit) {
        assert new File(project, junit).isFile() : "the job's JUnit report $junit was not written"
    }
    writeLog(run, project)
    run
}

// --------------------------------------------------------------------------------------------------------- Jenkins

/**
 * Runs the Jenkins recipe, a declarative Jenkinsfile, as Groovy against the few pipeline steps it uses, each doing what
 * Jenkins does: scenario.credentials (Jenkins credentials by id; none for a fork), scenario.env (Jenkins' variables,
 * such as CHANGE_FORK for a pull request from a fork). Any other step fails the IT.
 */
RecipeRun jenkins(File recipe, File project, Map its, Map scenario) {
    def workspaceTmp = new File(project.path + '@tmp')
    workspaceTmp.mkdirs()
    def env = [CI: 'true', JENKINS_URL: 'http://jenkins.invalid/', WORKSPACE: project.path, WORKSPACE_TMP: workspaceTmp.path] + scenario.env
    def overlays = [[:]]
    def currentEnv = { overlays.inject(new LinkedHashMap(env)) { all, overlay -> all + overlay } }
    def withOverlay = { Map vars, Closure body -> overlays.push(vars); try { body() } finally { overlays.pop() } }
    def run = new RecipeRun()
    def stages = []
    def binding = new Binding()
    binding.env = env
    binding.any = 'any'
    binding.pipeline = { Closure body -> body() }
    binding.agent = { where -> assert where == 'any' : "the recipe runner does not know agent $where" }
    binding.stages = { Closure body -> body() }
    binding.stage = { String name, Closure body ->
        def stage = [name: name]
        stages.push(stage)
        body()
        stages.pop()
        try {
            stage.steps.call()
        } finally {
            stage.always?.call()
        }
    }
    binding.steps = { Closure body -> stages.last().steps = body }
    binding.post = { Closure body -> body() }
    binding.always = { Closure body -> stages.last().always = body }
    binding.script = { Closure body -> body() }
    binding.sh = { String command ->
        def step = sh(run, project, "sh ${run.steps.size() + 1}", command, currentEnv())
        if (step.exit != 0) throw new IllegalStateException("script returned exit code ${step.exit}")
    }
    binding.withEnv = { List<String> pairs, Closure body ->
        withOverlay(pairs.collectEntries { it.split('=', 2) as List }, body)
    }
    binding.string = { Map credential -> credential }
    binding.withCredentials = { List<Map> bindings, Closure body ->
        withOverlay(bindings.collectEntries { Map b ->
            assert scenario.credentials.containsKey(b.credentialsId) : "no Jenkins credential ${b.credentialsId}"
            [b.variable, scenario.credentials[b.credentialsId]]
        }, body)
    }
    binding.junit = { Map args ->
        def report = new File(project, args.testResults)
        assert report.isFile() || args.allowEmptyResults : "junit: no test report ${args.testResults}"
        run.log += "== junit ${args.testResults}: ${report.isFile() ? 'read' : 'none (allowEmptyResults)'}\n\n"
    }
    prepareProject(project, its)
    def script = new GroovyShell(binding).parse(recipe.text, 'Jenkinsfile')
    try {
        script.run()
    } catch (IllegalStateException failed) {
        run.log += "== the pipeline failed: ${failed.message}\n"
    }
    writeLog(run, project)
    run
}

// ------------------------------------------------------------------------------------------------------ assertions

/** The IT's paths and the stand-in, from the invoker's script variables. */
Map its(Map variables) {
    [itDirectory: variables.itDirectory, outerRepositoryUrl: variables.outerRepositoryUrl,
     localRepositoryPath: variables.localRepositoryPath, standinUrl: variables.standinUrl]
}

/**
 * With the app's credentials: the gate obtains one token for the subject and hands it on downscoped to folder 111, the
 * build takes it as it is, the revoke step ends it and deletes its file; no secret reaches the log (a token the
 * plugin obtains appears only where GitHub Actions is told to mask it).
 */
void assertHandsOnTakesAndRevokes(RecipeRun run, String gate, String build, String revoke, File tokenFile,
        String subject, String standinUrl, List<String> scopes) {
    assert !run.failed() : "the recipe failed; see ${tokenFile.parentFile}/../recipe.log"
    assert run.step(gate).output.contains("hands on a token downscoped to ${scopes.join(', ')} for folder 111 'Uploads'")
    assert run.step(build).output =~ /\[INFO\] Box token OK: token from box\.tokenFile \(handed on at [0-9T:-]+Z\); /
    assert run.step(revoke).output =~ /\[INFO\] Revoked the Box token in .*box-token\S* \(client id and secret from .*\) and deleted the file\./
    assert new URL(standinUrl + '/__standin/issued?subject=' + subject).text as int == 1 : 'the build took the gate\'s token'
    assert !tokenFile.exists() && !new File(tokenFile.path + '.handoff').exists()
    assert !run.log.contains('ccg-client-secret') : 'the client secret reached the log'
    assert run.log.readLines().findAll { it =~ /valid-(ds|sa)-/ }.every { it.startsWith('::add-mask::') } : 'a token reached the log'
    run.steps.each { assert it.output.contains('BUILD SUCCESS') : "${it.name} failed" }
}

/** Without any credential (a fork): each Box step logs a WARNING and goes on, revoking finds nothing, all is green. */
void assertEveryStepGoesOn(RecipeRun run, List<String> checks, String revoke) {
    assert !run.failed() : 'the recipe failed on a fork; see recipe.log'
    checks.each { String name ->
        assert run.step(name).output.contains('[WARNING] No Box credential is configured, so the Box check is skipped (box.failIfMissing=false).')
    }
    assert run.step(revoke).output =~ /\[INFO\] No Box token file at .*box-token\S*: nothing to revoke\./
    run.steps.each { assert it.exit == 0 && it.output.contains('BUILD SUCCESS') : "${it.name} failed" }
    assert !run.log.contains('[ERROR]')
}

return this
