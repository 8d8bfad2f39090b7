using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.Testing;
using Xunit;
using Xunit.Abstractions;

// The sample analyzers below live in a test assembly on purpose, so the analyzer-authoring rules (release tracking,
// extended analyzer rules, no Workspaces reference, netstandard target, explicit generated-code mode) do not apply.
#pragma warning disable RS1001, RS1025, RS1035, RS1036, RS1038, RS1041, RS2008

namespace SecretlessAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Proves that the in-house verifier (SecretlessAnalyzers.Testing) passes good tests and fails in every failure
    /// mode it promises to catch. The sample analyzers and fixers below exist only for these tests.
    /// </summary>
    public sealed class VerifierSelfTests
    {
        private readonly ITestOutputHelper _output;

        public VerifierSelfTests(ITestOutputHelper output) => _output = output;

        // ---------------------------------------------------------------- analyzer: passing cases

        [Fact]
        public Task DefaultMarkup_Passes()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"bad\"|]; }");

        [Fact]
        public Task NamedMarkup_Passes()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { string s = {|TST0001:\"bad\"|}; }");

        [Fact]
        public Task ExplicitSpan_Passes()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = \"bad\"; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithSpan(1, 22, 1, 27));

        [Fact]
        public Task LineAndColumn_ComparesStartOnly()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = \"bad\"; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic("TST0001").WithLocation(1, 22));

        [Fact]
        public Task MarkupLocation_WithArguments_ChecksMessage()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = {|#0:\"bad\"|}; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic(BadStringAnalyzer.Rule).WithLocation(0).WithArguments("bad"));

        [Fact]
        public Task WithMessage_ChecksLiteralMessage()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = {|#0:\"bad\"|}; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithLocation(0).WithMessage("Do not use the string 'bad'"));

        [Fact]
        public Task NoDiagnostics_Passes()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { string s = \"fine\"; }");

        [Fact]
        public async Task RawInterpolatedString_DollarDollar_IsOrdinaryText()
        {
            const string source = "class C\n{\n    const int x = 1;\n    string s = $$\"\"\"{{x}} costs $$ \"\"\";\n    string t = [|\"bad\"|];\n}\n";
            Assert.Equal(source.Replace("[|", "").Replace("|]", ""), TestMarkup.Parse(source).Text);
            await CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public Task ExpectedCompilerError_InMarkup_Passes()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { void M() { int x = 1 {|CS1002:}|} }");

        [Fact]
        public Task ExpectedCompilerError_Explicit_Passes()
            => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { Missing m; }",
                DiagnosticResult.CompilerError("CS0246").WithSpan(1, 11, 1, 18).WithArguments("Missing"));

        [Fact]
        public async Task SeveralSources_PathInExpectation()
        {
            var test = new CSharpAnalyzerVerifier<BadStringAnalyzer>.Test();
            test.TestState.Sources.Add("class A { }");
            test.TestState.Sources.Add("class B { string s = \"bad\"; }");
            test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithSpan("/0/Test1.cs", 1, 22, 1, 27));
            await test.RunAsync();
        }

        [Fact]
        public async Task TopLevelStatements_WithConsoleApplication()
        {
            var test = new CSharpAnalyzerVerifier<BadStringAnalyzer>.Test
            {
                TestCode = "System.Console.WriteLine([|\"bad\"|]);\n",
                OutputKind = OutputKind.ConsoleApplication,
            };
            await test.RunAsync();
        }

        [Fact]
        public Task DisabledByDefaultDescriptor_IsForceEnabled()
            => CSharpAnalyzerVerifier<DisabledByDefaultAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"bad\"|]; }");

        [Fact]
        public async Task DisabledDiagnostics_AreIgnored()
        {
            var test = new CSharpAnalyzerVerifier<BadStringAnalyzer>.Test { TestCode = "class C { string s = \"bad\"; }" };
            test.DisabledDiagnostics.Add("TST0001");
            await test.RunAsync();
        }

        [Fact]
        public async Task AdditionalFile_MarkupExpectsDiagnosticThere()
        {
            var test = new CSharpAnalyzerVerifier<AdditionalFileAnalyzer>.Test { TestCode = "class C { }" };
            test.AdditionalFiles.Add(("appsettings.json", "{\n  \"Db\": \"{|TST0003:password|}=1\"\n}\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task AdditionalFile_ExplicitSpanWithPath()
        {
            var test = new CSharpAnalyzerVerifier<AdditionalFileAnalyzer>.Test { TestCode = "class C { }" };
            test.AdditionalFiles.Add(("/0/appsettings.json", "{ \"password\": 1 }"));
            test.AnalyzerConfigOptions["secretless.credential"] = "managed_identity";
            test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<AdditionalFileAnalyzer>.Diagnostic()
                .WithSpan("/0/appsettings.json", 1, 4, 1, 12).WithArguments("managed_identity"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Options_ReachAnalyzer_GloballyAndPerTree()
        {
            var test = new CSharpAnalyzerVerifier<OptionsAnalyzer>.Test { TestCode = "class {|#0:C|} { }" };
            test.AnalyzerConfigOptions["secretless.credential"] = "managed_identity";
            test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<OptionsAnalyzer>.Diagnostic().WithLocation(0).WithArguments("managed_identity", "managed_identity"));
            await test.RunAsync();
        }

        [Fact]
        public Task Options_AbsentWithoutConfiguration()
            => CSharpAnalyzerVerifier<OptionsAnalyzer>.VerifyAnalyzerAsync("class C { }");

        [Fact]
        public async Task Options_FromRawEditorConfigFile()
        {
            var test = new CSharpAnalyzerVerifier<OptionsAnalyzer>.Test { TestCode = "class {|#0:C|} { }" };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsecretless.credential = from_file\n"));
            test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<OptionsAnalyzer>.Diagnostic().WithLocation(0).WithArguments("from_file", "none"));
            await test.RunAsync();
        }

        [Fact]
        public async Task EditorConfigSeverity_WinsOverForceEnable()
        {
            var test = new CSharpAnalyzerVerifier<BadStringAnalyzer>.Test { TestCode = "class C { string s = {|#0:\"bad\"|}; }" };
            test.AnalyzerConfigOptions["dotnet_diagnostic.TST0001.severity"] = "error";
            test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
            await test.RunAsync();
        }

        [Fact]
        public Task GeneratedCodeCheck_AnalyzeAndReport_DiagnosticsStay()
            => CSharpAnalyzerVerifier<ReportsInGeneratedCodeAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"bad\"|]; }");

        [Fact]
        public async Task GeneratedCodeCheck_CanBeSkipped()
        {
            var test = new CSharpAnalyzerVerifier<UnconfiguredAnalyzer>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck,
            };
            await test.RunAsync();
        }

        [Fact]
        public void Markup_ExplicitCloseAllowsOverlap()
        {
            var result = TestMarkup.Parse("{|#0:ab{|#1:cd|#0}ef|}");
            Assert.Equal("abcdef", result.Text);
            Assert.Equal(TextSpan.FromBounds(0, 4), result.Locations[0]);
            Assert.Equal(TextSpan.FromBounds(2, 6), result.Locations[1]);
        }

        [Fact]
        public void Markup_Nested()
        {
            var result = TestMarkup.Parse("x[|a{|CS1002:b|}c|]y");
            Assert.Equal("xabcy", result.Text);
            Assert.Equal(new[] { new MarkupSpan(null, TextSpan.FromBounds(1, 4)), new MarkupSpan("CS1002", TextSpan.FromBounds(2, 3)) }, result.DiagnosticSpans);
        }

        [Fact]
        public void DiagnosticResult_ToString_IsPasteable()
        {
            Assert.Equal("Diagnostic(\"SL1001\").WithSpan(3, 17, 3, 40).WithArguments(\"x\", 2)", new DiagnosticResult("SL1001", DiagnosticSeverity.Warning).WithSpan(3, 17, 3, 40).WithArguments("x", 2).ToString().Replace(".WithSeverity(DiagnosticSeverity.Warning)", ""));
            Assert.Equal("DiagnosticResult.CompilerError(\"CS1002\").WithLocation(0)", DiagnosticResult.CompilerError("CS1002").WithLocation(0).ToString());
        }

        // ---------------------------------------------------------------- analyzer: failing cases

        [Fact]
        public async Task WrongSpan_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = \"bad\"; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithSpan(1, 21, 1, 27)));
            Assert.Contains("Missing", e.Message);
            Assert.Contains("Diagnostic(\"TST0001\").WithSpan(1, 22, 1, 27).WithArguments(\"bad\")", e.Message);
            Assert.Contains("^^^^^", e.Message);
        }

        [Fact]
        public async Task MissingDiagnostic_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"fine\"|]; }"));
            Assert.Contains("1 missing", e.Message);
        }

        [Fact]
        public async Task ExtraDiagnostic_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { string s = \"bad\"; string t = [|\"bad\"|]; }"));
            Assert.Contains("1 unexpected", e.Message);
        }

        [Fact]
        public async Task UnexpectedCompilerError_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { void M() { int x = } }"));
            Assert.Contains("DiagnosticResult.CompilerError(\"CS1525\")", e.Message);
        }

        [Fact]
        public async Task AnalyzerThrows_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("class C { string s = \"bad\"; }"));
            Assert.Contains("An analyzer threw", e.Message);
            Assert.Contains("Boom", e.Message);
        }

        [Fact]
        public async Task WrongArguments_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = {|#0:\"bad\"|}; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithLocation(0).WithArguments("good")));
            Assert.Contains("message differs", e.Message);
        }

        [Fact]
        public async Task WrongSeverity_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = {|#0:\"bad\"|}; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error)));
            Assert.Contains("severity differs", e.Message);
        }

        [Fact]
        public async Task DefaultMarkup_WithSeveralIds_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<TwoRuleAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"bad\"|]; }"));
            Assert.Contains("exactly one diagnostic ID", e.Message);
        }

        [Fact]
        public async Task UndeclaredMarkupLocation_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync(
                "class C { string s = {|#0:\"bad\"|}; }",
                CSharpAnalyzerVerifier<BadStringAnalyzer>.Diagnostic().WithLocation(1)));
            Assert.Contains("#1", e.Message);
        }

        [Fact]
        public Task UnclosedMarkup_Fails()
            => FailsAsync(() => CSharpAnalyzerVerifier<BadStringAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"bad\"; }"));

        [Fact]
        public async Task AdditionalFileDiagnostic_NotExpected_Fails()
        {
            var test = new CSharpAnalyzerVerifier<AdditionalFileAnalyzer>.Test { TestCode = "class C { }" };
            test.AdditionalFiles.Add(("appsettings.json", "{ \"password\": 1 }"));
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("WithSpan(\"appsettings.json\", 1, 4, 1, 12)", e.Message);
        }

        [Fact]
        public async Task GeneratedCodeCheck_UnconfiguredAnalyzer_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<UnconfiguredAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"bad\"|]; }"));
            Assert.Contains("never calls ConfigureGeneratedCodeAnalysis", e.Message);
        }

        [Fact]
        public async Task GeneratedCodeCheck_WrongExpectation_Fails()
        {
            var test = new CSharpAnalyzerVerifier<ReportsInGeneratedCodeAnalyzer>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                ExpectDiagnosticsInGeneratedCode = false,
            };
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("generated-code check", e.Message);
        }

        [Fact]
        public async Task SuppressionCheck_DiagnosticThatPragmaCannotSilence_Fails()
        {
            var e = await FailsAsync(() => CSharpAnalyzerVerifier<PragmaReportingAnalyzer>.VerifyAnalyzerAsync("class C { string s = [|\"bad\"|]; }"));
            Assert.Contains("suppression check", e.Message);
        }

        // ---------------------------------------------------------------- code fix: passing cases

        [Fact]
        public Task CodeFix_Passes()
            => CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = \"good\"; }");

        [Fact]
        public Task CodeFix_WithExplicitExpectation_Passes()
            => CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.VerifyCodeFixAsync(
                "class C { string s = {|#0:\"bad\"|}; }",
                CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.Diagnostic().WithLocation(0).WithArguments("bad"),
                "class C { string s = \"good\"; }");

        [Fact]
        public async Task CodeFix_SeveralDiagnosticsAndDocuments_FixAllInEveryScope()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.Test { CodeActionEquivalenceKey = "Fix" };
            test.TestState.Sources.Add("class A { string s = [|\"bad\"|], t = [|\"bad\"|]; }");
            test.TestState.Sources.Add("class B { string s = [|\"bad\"|]; }");
            test.FixedState.Sources.Add("class A { string s = \"good\", t = \"good\"; }");
            test.FixedState.Sources.Add("class B { string s = \"good\"; }");
            await test.RunAsync();
        }

        [Fact]
        public Task CodeFix_SimplifierAnnotation_IsCleanedUp()
            => CSharpCodeFixVerifier<BadStringAnalyzer, SimplifyingFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = string.Empty; }");

        [Fact]
        public async Task CodeFix_NestedActions_SelectedByIndexAndKey()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, TwoActionsFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"fine\"; }",
                CodeActionIndex = 1,
                CodeActionEquivalenceKey = "Fine",
            };
            await test.RunAsync();
        }

        [Fact]
        public Task CodeFix_NoFixOffered_FixedEqualsInput_Passes()
        {
            // GoodFix offers nothing inside attribute arguments.
            const string source = "[System.Obsolete([|\"bad\"|])] class C { }";
            return CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task CodeFix_RemainingDiagnosticDeclaredInFixedMarkup_Passes()
            => CSharpCodeFixVerifier<BadStringAnalyzer, ParenthesizeFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = ([|\"bad\"|]); }");

        [Fact]
        public async Task CodeFix_OptionsReachFixer()
        {
            var test = new CSharpCodeFixVerifier<OptionsAnalyzer, OptionsFix>.Test
            {
                TestCode = "class {|#0:C|} { }",
                FixedCode = "class C_managed_identity { }",
            };
            test.AnalyzerConfigOptions["secretless.credential"] = "managed_identity";
            test.ExpectedDiagnostics.Add(CSharpCodeFixVerifier<OptionsAnalyzer, OptionsFix>.Diagnostic().WithLocation(0).WithArguments("managed_identity", "managed_identity"));
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeFix_BatchFixedCode_CanDiffer()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, DifferentFixAllFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"good\"; }",
                BatchFixedCode = "class C { string s = \"other\"; }",
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeFix_ExactIterations_Passes()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|], t = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"good\", t = \"good\"; }",
                NumberOfIncrementalIterations = 2,
                NumberOfFixAllIterations = 1,
            };
            await test.RunAsync();
        }

        // ---------------------------------------------------------------- code fix: failing cases

        [Fact]
        public async Task FixedTextDiffers_Fails()
        {
            var e = await FailsAsync(() => CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = \"great\"; }"));
            Assert.Contains("Fixed text differs", e.Message);
            Assert.Contains("+ class C { string s = \"good\"; }", e.Message);
        }

        [Fact]
        public async Task FixedCodeDoesNotCompile_Fails()
        {
            var e = await FailsAsync(() => CSharpCodeFixVerifier<BadStringAnalyzer, BrokenFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = undefinedName; }"));
            Assert.Contains("CS0103", e.Message);
        }

        [Fact]
        public async Task FixedDiagnosticStillReported_Fails()
        {
            var e = await FailsAsync(() => CSharpCodeFixVerifier<BadStringAnalyzer, ParenthesizeFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = (\"bad\"); }"));
            Assert.Contains("FixedState", e.Message);
            Assert.Contains("TST0001", e.Message);
        }

        [Fact]
        public async Task MalformedTree_Fails()
        {
            var e = await FailsAsync(() => CSharpCodeFixVerifier<BadStringAnalyzer, MalformedTreeFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = \"good\"; }"));
            Assert.Contains("syntax tree", e.Message);
        }

        [Fact]
        public async Task FixAllResultDiffers_Fails()
        {
            var e = await FailsAsync(() => CSharpCodeFixVerifier<BadStringAnalyzer, DifferentFixAllFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"bad\"|]; }",
                "class C { string s = \"good\"; }"));
            Assert.Contains("Fix All in Document scope", e.Message);
        }

        [Fact]
        public async Task FixAllResultDiffers_InProjectScope_Fails()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, DifferentFixAllFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"good\"; }",
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck,
            };
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("Fix All in Project scope", e.Message);
        }

        [Fact]
        public async Task FixAllCheck_CanBeSkipped()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, DifferentFixAllFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"good\"; }",
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task AdditionalFiles_UnchangedByDefault_ComparedWhenGiven()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"good\"; }",
            };
            test.AdditionalFiles.Add(("notes.txt", "before"));
            await test.RunAsync();

            test.FixedAdditionalFiles.Add(("notes.txt", "after"));
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("additional file notes.txt", e.Message);
        }

        [Fact]
        public async Task FixOfferedWhenFixedEqualsInput_Fails()
        {
            const string source = "class C { string s = [|\"bad\"|]; }";
            var e = await FailsAsync(() => CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.VerifyCodeFixAsync(source, source));
            Assert.Contains("Expected no code fix to be offered", e.Message);
        }

        [Fact]
        public async Task NoActionMatchesKey_Fails()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"good\"; }",
                CodeActionEquivalenceKey = "Nope",
            };
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("No offered code action matches", e.Message);
        }

        [Fact]
        public async Task IndexAndKeyDisagree_Fails()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, TwoActionsFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"fine\"; }",
                CodeActionIndex = 0,
                CodeActionEquivalenceKey = "Fine",
            };
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("CodeActionIndex 0", e.Message);
        }

        [Fact]
        public async Task ExactIterationCountWrong_Fails()
        {
            var test = new CSharpCodeFixVerifier<BadStringAnalyzer, GoodFix>.Test
            {
                TestCode = "class C { string s = [|\"bad\"|]; }",
                FixedCode = "class C { string s = \"good\"; }",
                NumberOfIncrementalIterations = 2,
            };
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("but 1 happened", e.Message);
        }

        [Fact]
        public async Task FixThatFlipsBackAndForth_ExceedsBudget()
        {
            var e = await FailsAsync(() => CSharpCodeFixVerifier<PingPongAnalyzer, PingPongFix>.VerifyCodeFixAsync(
                "class C { string s = [|\"ping\"|]; }",
                "class C { string s = \"pong\"; }"));
            Assert.Contains("budget", e.Message);
        }

        [Fact]
        public async Task FixThatFlipsBackAndForth_LoopDetected()
        {
            var test = new CSharpCodeFixVerifier<PingPongAnalyzer, PingPongFix>.Test
            {
                TestCode = "class C { string s = [|\"ping\"|]; }",
                FixedCode = "class C { string s = \"pong\"; }",
                NumberOfIncrementalIterations = -5,
            };
            var e = await FailsAsync(() => test.RunAsync());
            Assert.Contains("loops", e.Message);
        }

        // ---------------------------------------------------------------- AnalyzerRunner

        [Fact]
        public async Task AnalyzerRunner_ReturnsDiagnosticsAndExceptions()
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new BadStringAnalyzer(), new ThrowingAnalyzer()),
                new[] { ("/0/Test0.cs", "class C { string s = \"bad\"; }") },
                timeout: TimeSpan.FromMinutes(1));
            Assert.Single(result.AnalyzerDiagnostics, d => d.Id == "TST0001");
            Assert.Contains(result.Failures, f => f.Exception is InvalidOperationException);
            Assert.Empty(result.CompilerErrors);
        }

        [Fact]
        public async Task AnalyzerRunner_TimesOut()
        {
            await Assert.ThrowsAsync<TimeoutException>(() => AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new SlowAnalyzer()),
                new[] { ("/0/Test0.cs", "class C { }") },
                timeout: TimeSpan.FromSeconds(2)));
        }

        private async Task<Exception> FailsAsync(Func<Task> test)
        {
            var exception = await Assert.ThrowsAnyAsync<Exception>(test);
            _output.WriteLine(exception.Message);
            return exception;
        }

        // ================================================================ sample analyzers

        /// <summary>TST0001 on the string literal "bad"; no reports in generated code.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class BadStringAnalyzer : DiagnosticAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "TST0001", "Bad string", "Do not use the string '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Rule, "bad"), SyntaxKind.StringLiteralExpression);
            }
        }

        /// <summary>Like TST0001 but disabled by default: the verifier must enable it.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class DisabledByDefaultAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "TST0013", "Bad string (opt-in)", "Do not use the string '{0}'", "Test", DiagnosticSeverity.Info, isEnabledByDefault: false);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Rule, "bad"), SyntaxKind.StringLiteralExpression);
            }
        }

        /// <summary>TST0004 on "bad", also in generated code (the security-rule choice).</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class ReportsInGeneratedCodeAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "TST0004", "Bad string", "Do not use the string '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Rule, "bad"), SyntaxKind.StringLiteralExpression);
            }
        }

        /// <summary>TST0005 on "bad", never choosing a generated-code mode (so Roslyn reports there).</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class UnconfiguredAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "TST0005", "Bad string", "Do not use the string '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Rule, "bad"), SyntaxKind.StringLiteralExpression);
            }
        }

        /// <summary>Throws on every string literal.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "TST0006", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("Boom"), SyntaxKind.StringLiteralExpression);
            }
        }

        /// <summary>Two IDs: TST0007 on "bad", TST0008 on "worse" (so plain [| |] is ambiguous).</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class TwoRuleAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Bad = new(
                "TST0007", "Bad string", "Do not use the string '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            private static readonly DiagnosticDescriptor Worse = new(
                "TST0008", "Worse string", "Do not use the string '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Bad, Worse);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Bad, "bad"), SyntaxKind.StringLiteralExpression);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Worse, "worse"), SyntaxKind.StringLiteralExpression);
            }
        }

        /// <summary>TST0010 on "ping" and "pong": with <see cref="PingPongFix"/> the fix never ends.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class PingPongAnalyzer : DiagnosticAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "TST0010", "Ping pong", "Do not use the string '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Rule, "ping"), SyntaxKind.StringLiteralExpression);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Rule, "pong"), SyntaxKind.StringLiteralExpression);
            }
        }

        /// <summary>TST0011 on "bad" and on every #pragma warning directive, which a pragma cannot silence.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class PragmaReportingAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "TST0011", "Pragma", "Found '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(c => ReportBad(c, Rule, "bad"), SyntaxKind.StringLiteralExpression);
                context.RegisterSyntaxTreeAction(c =>
                {
                    foreach (var directive in c.Tree.GetRoot(c.CancellationToken).DescendantTrivia().Where(t => t.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia)))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, directive.GetLocation(), "#pragma"));
                    }
                });
            }
        }

        /// <summary>TST0002 on class names: reads the option per tree and globally, and shows both in the message.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class OptionsAnalyzer : DiagnosticAnalyzer
        {
            public const string Key = "secretless.credential";

            private static readonly DiagnosticDescriptor Rule = new(
                "TST0002", "Credential", "Credential '{0}' (global '{1}')", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(
                    c =>
                    {
                        var declaration = (ClassDeclarationSyntax)c.Node;
                        var provider = c.Options.AnalyzerConfigOptionsProvider;
                        if (provider.GetOptions(c.Node.SyntaxTree).TryGetValue(Key, out var value)
                            && !declaration.Identifier.ValueText.EndsWith("_" + value, StringComparison.Ordinal))
                        {
                            provider.GlobalOptions.TryGetValue(Key, out var global);
                            c.ReportDiagnostic(Diagnostic.Create(Rule, declaration.Identifier.GetLocation(), value, global ?? "none"));
                        }
                    },
                    SyntaxKind.ClassDeclaration);
            }
        }

        /// <summary>TST0003 on "password" in additional files; the message shows the per-file option.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class AdditionalFileAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "TST0003", "Password in settings", "Password in settings (credential option '{0}')", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterAdditionalFileAction(c =>
                {
                    var text = c.AdditionalFile.GetText(c.CancellationToken);
                    int index = text?.ToString().IndexOf("password", StringComparison.Ordinal) ?? -1;
                    if (text is null || index < 0)
                    {
                        return;
                    }

                    c.Options.AnalyzerConfigOptionsProvider.GetOptions(c.AdditionalFile).TryGetValue(OptionsAnalyzer.Key, out var option);
                    var span = new TextSpan(index, "password".Length);
                    var location = Location.Create(c.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
                    c.ReportDiagnostic(Diagnostic.Create(Rule, location, option ?? "none"));
                });
            }
        }

        /// <summary>Sleeps: for the runner's timeout.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class SlowAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new(
                "TST0012", "Slow", "Slow", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationAction(_ => Thread.Sleep(TimeSpan.FromSeconds(20)));
            }
        }

        private static void ReportBad(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, string value)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            if (literal.Token.ValueText == value)
            {
                context.ReportDiagnostic(Diagnostic.Create(rule, literal.GetLocation(), value));
            }
        }

        // ================================================================ sample code fixes

        /// <summary>Replaces the flagged literal; subclasses say with what.</summary>
        public abstract class LiteralFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

            protected virtual string Key => "Fix";

            public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal || !Offer(literal))
                {
                    return;
                }

                context.RegisterCodeFix(
                    CodeAction.Create("Replace the literal", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal).WithTriviaFrom(literal)))), Key),
                    context.Diagnostics);
            }

            protected virtual bool Offer(LiteralExpressionSyntax literal) => true;

            protected abstract ExpressionSyntax Replacement(LiteralExpressionSyntax literal);

            protected static ExpressionSyntax StringLiteral(string value)
                => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
        }

        /// <summary>"bad" → "good", except inside attribute arguments (no fix offered there).</summary>
        public sealed class GoodFix : LiteralFix
        {
            protected override bool Offer(LiteralExpressionSyntax literal) => literal.Parent is not AttributeArgumentSyntax;

            protected override ExpressionSyntax Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");
        }

        /// <summary>"bad" → undefinedName: the fixed code does not compile.</summary>
        public sealed class BrokenFix : LiteralFix
        {
            protected override ExpressionSyntax Replacement(LiteralExpressionSyntax literal) => SyntaxFactory.IdentifierName("undefinedName");
        }

        /// <summary>"bad" → an identifier whose text is "good": prints right, but the parser reads a literal.</summary>
        public sealed class MalformedTreeFix : LiteralFix
        {
            protected override ExpressionSyntax Replacement(LiteralExpressionSyntax literal) => SyntaxFactory.IdentifierName(SyntaxFactory.Identifier("\"good\""));
        }

        /// <summary>"bad" → ("bad"): the diagnostic stays; offered only once.</summary>
        public sealed class ParenthesizeFix : LiteralFix
        {
            protected override bool Offer(LiteralExpressionSyntax literal) => literal.Parent is not ParenthesizedExpressionSyntax;

            protected override ExpressionSyntax Replacement(LiteralExpressionSyntax literal) => SyntaxFactory.ParenthesizedExpression(literal.WithoutTrivia());
        }

        /// <summary>"bad" → System.String.Empty with the Simplifier annotation, which clean-up must reduce to string.Empty.</summary>
        public sealed class SimplifyingFix : LiteralFix
        {
            protected override ExpressionSyntax Replacement(LiteralExpressionSyntax literal)
                => SyntaxFactory.ParseExpression("System.String.Empty").WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary>"bad" → "good" one by one, but Fix All writes "other".</summary>
        public sealed class DifferentFixAllFix : LiteralFix
        {
            public override FixAllProvider? GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var literals = diagnostics.Select(d => root!.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true)).OfType<LiteralExpressionSyntax>();
                return document.WithSyntaxRoot(root!.ReplaceNodes(literals, (original, _) => StringLiteral("other").WithTriviaFrom(original)));
            });

            protected override ExpressionSyntax Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");
        }

        /// <summary>Offers a group with two nested actions: "good" (key Good) and "fine" (key Fine).</summary>
        public sealed class TwoActionsFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

            public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
                {
                    return;
                }

                CodeAction Replace(string value) => CodeAction.Create(
                    $"Use \"{value}\"",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value))))),
                    value == "good" ? "Good" : "Fine");

                context.RegisterCodeFix(CodeAction.Create("Replace the literal", ImmutableArray.Create(Replace("good"), Replace("fine")), isInlinable: false), context.Diagnostics);
            }
        }

        /// <summary>"ping" ↔ "pong".</summary>
        public sealed class PingPongFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0010");

            public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
                {
                    return;
                }

                string flipped = literal.Token.ValueText == "ping" ? "pong" : "ping";
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(flipped));
                context.RegisterCodeFix(
                    CodeAction.Create("Flip", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))), "Flip"),
                    context.Diagnostics);
            }
        }

        /// <summary>Renames the class after the option value, read from the document's analyzer options.</summary>
        public sealed class OptionsFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0002");

            public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var tree = await context.Document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
                var options = context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree!);
                if (!options.TryGetValue(OptionsAnalyzer.Key, out var value)
                    || root?.FindToken(context.Span.Start).Parent is not ClassDeclarationSyntax declaration)
                {
                    return;
                }

                var renamed = declaration.WithIdentifier(SyntaxFactory.Identifier(declaration.Identifier.ValueText + "_" + value).WithTriviaFrom(declaration.Identifier));
                context.RegisterCodeFix(
                    CodeAction.Create("Rename", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, renamed))), "Rename"),
                    context.Diagnostics);
            }
        }
    }
}
