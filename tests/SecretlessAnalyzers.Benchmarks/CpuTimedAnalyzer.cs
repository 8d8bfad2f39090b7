using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>
    /// Wraps an analyzer and adds up the CPU time of the threads that run its actions (Linux:
    /// <c>CLOCK_THREAD_CPUTIME_ID</c>). The driver's telemetry measures wall time, which grows whenever other processes
    /// take the machine's cores; a thread's CPU time does not. Like the telemetry, it includes the binding an action
    /// asks for. Compilation-start, semantic-model, syntax-node, syntax-tree, additional-file, operation and symbol
    /// actions are timed (the kinds SecretlessAnalyzers registers); actions registered inside other start actions are not.
    /// </summary>
    /// <remarks>A measuring wrapper, never loaded as an analyzer itself: the inner analyzer configures concurrency and generated code.</remarks>
#pragma warning disable RS1001, RS1012, RS1025, RS1026
    public sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;
        private long _nanoseconds;
        private long _allocatedBytes;

        public CpuTimedAnalyzer(DiagnosticAnalyzer inner) => _inner = inner;

        public DiagnosticAnalyzer Inner => _inner;

        public double CpuMilliseconds => Interlocked.Read(ref _nanoseconds) / 1_000_000.0;

        /// <summary>Bytes allocated by the threads running the analyzer's actions: a count of work that no other process disturbs.</summary>
        public double AllocatedMegabytes => Interlocked.Read(ref _allocatedBytes) / 1_048_576.0;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new TimedContext(context, this));

        public static bool IsSupported => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

        private Action<T> Timed<T>(Action<T> action) => argument =>
        {
            var start = ThreadCpuNanoseconds();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                action(argument);
            }
            finally
            {
                Interlocked.Add(ref _nanoseconds, ThreadCpuNanoseconds() - start);
                Interlocked.Add(ref _allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - allocated);
            }
        };

        private static long ThreadCpuNanoseconds()
        {
            const int ClockThreadCpuTimeId = 3;
            return clock_gettime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1_000_000_000L) + time.Nanoseconds : 0;
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        private sealed class TimedContext : AnalysisContext
        {
            private readonly AnalysisContext _context;
            private readonly CpuTimedAnalyzer _owner;

            public TimedContext(AnalysisContext context, CpuTimedAnalyzer owner)
            {
                _context = context;
                _owner = owner;
            }

            public override void EnableConcurrentExecution() => _context.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _context.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                _context.RegisterCompilationStartAction(_owner.Timed<CompilationStartAnalysisContext>(start => action(new TimedStartContext(start, _owner))));

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _context.RegisterCompilationAction(_owner.Timed(action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _context.RegisterSemanticModelAction(_owner.Timed(action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(_owner.Timed(action), symbolKinds);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _context.RegisterCodeBlockStartAction(_owner.Timed(action));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _context.RegisterCodeBlockAction(_owner.Timed(action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(_owner.Timed(action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _context.RegisterAdditionalFileAction(_owner.Timed(action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                _context.RegisterSyntaxNodeAction(_owner.Timed(action), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _context.RegisterOperationAction(_owner.Timed(action), operationKinds);
        }

        private sealed class TimedStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _context;
            private readonly CpuTimedAnalyzer _owner;

            public TimedStartContext(CompilationStartAnalysisContext context, CpuTimedAnalyzer owner)
                : base(context.Compilation, context.Options, context.CancellationToken)
            {
                _context = context;
                _owner = owner;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _context.RegisterCompilationEndAction(_owner.Timed(action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _context.RegisterSemanticModelAction(_owner.Timed(action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(_owner.Timed(action), symbolKinds);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _context.RegisterCodeBlockStartAction(_owner.Timed(action));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _context.RegisterCodeBlockAction(_owner.Timed(action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(_owner.Timed(action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _context.RegisterAdditionalFileAction(_owner.Timed(action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                _context.RegisterSyntaxNodeAction(_owner.Timed(action), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _context.RegisterOperationAction(_owner.Timed(action), operationKinds);
        }
    }
#pragma warning restore RS1001, RS1012, RS1025, RS1026
}
