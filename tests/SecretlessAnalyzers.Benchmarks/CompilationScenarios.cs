using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>The three things measured side by side: the compiler alone, a do-nothing analyzer, every SecretlessAnalyzers rule.</summary>
    public sealed class CompilationScenarios
    {
        private readonly ImmutableArray<SyntaxTree> _trees;
        private readonly ImmutableArray<MetadataReference> _references;

        public CompilationScenarios(int lines, string? corpus = null, string? defines = null)
        {
            // A real code base (--corpus DIR): every .cs file under it, outside bin/ and obj/, compiled as one project
            // against the .NET reference assemblies; or the generated corpus.
            var files = corpus is null
                ? CorpusGenerator.Generate(lines)
                : (IReadOnlyList<(string Path, string Text)>)System.IO.Directory.EnumerateFiles(corpus, "*.cs", System.IO.SearchOption.AllDirectories)
                    .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal) && !path.EndsWith(".template.cs", StringComparison.Ordinal))
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .Select(path => (Path: path, Text: System.IO.File.ReadAllText(path)))
                    .ToList();
            Corpus = corpus;
            Files = files.Count;
            Lines = files.Sum(f => CorpusGenerator.CountLines(f.Text));
            var options = new CSharpParseOptions(corpus is null ? LanguageVersion.Latest : LanguageVersion.Preview, preprocessorSymbols: defines?.Split(';', StringSplitOptions.RemoveEmptyEntries));
            _trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path)).ToImmutableArray();
            _references = References();
        }

        public int Lines { get; }

        public int Files { get; }

        /// <summary>The directory of a real code base, or null for the generated corpus.</summary>
        public string? Corpus { get; }

        public static ImmutableArray<DiagnosticAnalyzer> SecretlessAnalyzers() =>
            typeof(DiagnosticIds).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        /// <summary>A new compilation each time: a compilation caches everything it has bound.</summary>
        public CSharpCompilation NewCompilation() =>
            CSharpCompilation.Create("Corpus", _trees, _references, Corpus is null
                ? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: true)
                : new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: true, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));

        public int CompilerOnly() => NewCompilation().GetDiagnostics().Length;

        /// <summary>
        /// The corpus's compile errors (none expected): a missing reference would make every scenario measure the
        /// compiler's error paths instead of the code a service really has.
        /// </summary>
        public IReadOnlyList<Diagnostic> CompileErrors() =>
            NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        public Task<int> WithAnalyzersAsync(ImmutableArray<DiagnosticAnalyzer> analyzers) => RunAsync(analyzers, logTimes: false).ContinueWith(t => t.Result.Diagnostics.Length, TaskScheduler.Default);

        public async Task<(ImmutableArray<Diagnostic> Diagnostics, CompilationWithAnalyzers Driver)> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTimes)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                // The driver times analyzers only when it runs them one at a time.
                concurrentAnalysis: !logTimes,
                logAnalyzerExecutionTime: logTimes,
                reportSuppressedDiagnostics: false);
            var driver = NewCompilation().WithAnalyzers(analyzers, options);
            var diagnostics = await driver.GetAllDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            return (diagnostics, driver);
        }

        internal static ImmutableArray<MetadataReference> References()
        {
            var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
            var runtime = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var references = trusted
                .Where(path => System.IO.Path.GetDirectoryName(path) == runtime)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToList();
            foreach (var type in new[] { typeof(Azure.Core.TokenCredential), typeof(Azure.Identity.DefaultAzureCredential), typeof(Azure.Storage.Blobs.BlobServiceClient), typeof(Microsoft.Extensions.Configuration.IConfiguration), typeof(Microsoft.Extensions.Configuration.ConfigurationExtensions) })
            {
                references.Add(MetadataReference.CreateFromFile(type.Assembly.Location));
            }

            return references.GroupBy(r => ((PortableExecutableReference)r).FilePath).Select(g => g.First()).ToImmutableArray();
        }
    }

    /// <summary>The price any analyzer pays by being loaded: one string-literal syntax action that does nothing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DoNothingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("NOOP001", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.StringLiteralExpression);
        }
    }
}
