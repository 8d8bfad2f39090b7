using System;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>Checks of an analyzer test that a test may turn off (same names as roslyn-sdk).</summary>
    [Flags]
    public enum TestBehaviors
    {
        None = 0,

        /// <summary>Skip the rerun with <c>// &lt;auto-generated/&gt;</c> prepended to every source.</summary>
        SkipGeneratedCodeCheck = 0x01,

        /// <summary>Skip the rerun with <c>#pragma warning disable &lt;ids&gt;</c> prepended to every source.</summary>
        SkipSuppressionCheck = 0x02,
    }

    /// <summary>Checks of a code-fix test that a test may turn off (same names as roslyn-sdk).</summary>
    [Flags]
    public enum CodeFixTestBehaviors
    {
        None = 0,

        /// <summary>Skip Fix All in every scope.</summary>
        SkipFixAllCheck = SkipFixAllInDocumentCheck | SkipFixAllInProjectCheck | SkipFixAllInSolutionCheck,

        SkipFixAllInDocumentCheck = 0x02,

        SkipFixAllInProjectCheck = 0x04,

        SkipFixAllInSolutionCheck = 0x08,

        /// <summary>Skip the re-parse comparison of the trees a fix built (roslyn-sdk: CodeActionValidationMode.None).</summary>
        SkipTreeValidation = 0x10,
    }

    /// <summary>Which compiler diagnostics take part in the comparison (same names as roslyn-sdk).</summary>
    public enum CompilerDiagnostics
    {
        /// <summary>No compiler diagnostics, not even errors.</summary>
        None,

        /// <summary>Errors only: input that does not compile fails unless the test expects the errors. The default.</summary>
        Errors,

        /// <summary>Errors and warnings.</summary>
        Warnings,

        /// <summary>Errors, warnings and info.</summary>
        Suggestions,

        /// <summary>Everything, hidden diagnostics included.</summary>
        All,
    }
}
