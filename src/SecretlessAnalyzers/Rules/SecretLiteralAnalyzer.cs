using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;
using SecretlessAnalyzers.Tokens;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL1010: a secret recognised by its format in any string literal. SL1011: a secret-looking literal given to a
    /// symbol or key named like a secret. Both look at every string literal, so the common path is a length check
    /// and one character scan with no allocation and no semantic model call. A literal is reported once: the
    /// connection-string rules own keyword-anchored connection strings, the credential rules (SL1001, SL1005,
    /// SL1006) own literals given to credential parameters, SL1010 owns known formats, SL1011 the rest.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecretLiteralAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor KnownFormatRule = new DiagnosticDescriptor(
            DiagnosticIds.KnownFormatSecret,
            title: "Known-format secret in a string literal",
            messageFormat: "{0} is embedded in a string literal as {1}{2}; {3}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The literal holds a secret recognised by its documented format (an identifiable Azure key, an Entra client secret, "
                + "a token, a private key). Anyone who reads the code, its history or its build logs can use it.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.KnownFormatSecret),
            customTags: new[] { "Security", "Secret" });

        public static readonly DiagnosticDescriptor SecretNamedRule = new DiagnosticDescriptor(
            DiagnosticIds.SecretNamedLiteral,
            title: "Secret-looking literal given to a secret-named symbol",
            messageFormat: "'{0}' is given a literal that looks like a secret, {1}; read it from configuration or Key Vault, or use a managed identity{2}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A literal with the length, character variety and entropy of a secret is assigned or passed to something named like a "
                + "password, secret, key or token. A heuristic: review the finding, then move the value out of code.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.SecretNamedLiteral),
            customTags: new[] { "Security", "Secret" });

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(KnownFormatRule, SecretNamedRule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A secret in generated code (settings designers, scaffolding) is still a secret.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                var compilation = start.Compilation;
                var state = new CompilationState(compilation);
                start.RegisterSemanticModelAction(context => AnalyzeFile(context, state));
            });
        }

        /// <summary>
        /// One pass per rule over the file's text instead of a callback per literal: SL1010 looks only at the string
        /// values that hold a format's fixed text (<see cref="KnownSecretSignatures"/>), SL1011 only at the literals
        /// whose source could hold a secret-like value (<see cref="LiteralScan"/>).
        /// </summary>
        private static void AnalyzeFile(SemanticModelAnalysisContext context, CompilationState state)
        {
            var cancellationToken = context.CancellationToken;
            var tree = context.SemanticModel.SyntaxTree;
            var options = SecretlessOptions.For(context.Options, tree);
            var scansKnown = options.Scans(state.IsTestProject, heuristic: false);
            var scansNamed = options.Scans(state.IsTestProject, heuristic: true);
            if (!scansKnown && !scansNamed)
            {
                return;
            }

            var text = tree.GetText(cancellationToken).ToString();
            var root = tree.GetRoot(cancellationToken);
            var file = new FileContext(new SecretContext(context.SemanticModel, context.Options, context.ReportDiagnostic, cancellationToken), state, options);
            if (scansKnown)
            {
                LiteralScan.ForEachSignatureValue(root, text, value => AnalyzeKnown(file, value), cancellationToken);
            }

            if (scansNamed)
            {
                LiteralScan.ForEachSecretLikeLiteral(root, text, options.SecretWords, literal => AnalyzeNamed(file, literal), cancellationToken);
            }
        }

        /// <summary>SL1010 on a literal or an interpolated string that holds a format's fixed text.</summary>
        private static void AnalyzeKnown(FileContext file, ExpressionSyntax value)
        {
            if (value is LiteralExpressionSyntax literal)
            {
                var text = literal.Token.ValueText;
                if (text.Length >= SecretNames.MinimumValueLength && KnownSecretDetector.Detect(text) is { } known)
                {
                    ReportKnown(file, literal, text, known);
                }

                return;
            }

            // A secret in the text parts of an interpolated string ($"Bearer {user} ghp_...").
            foreach (var content in ((InterpolatedStringExpressionSyntax)value).Contents)
            {
                if (content is InterpolatedStringTextSyntax part)
                {
                    var text = part.TextToken.ValueText;
                    var known = KnownSecretDetector.Detect(text);
                    if (known is not null)
                    {
                        ReportKnown(file, value, text, known);
                        return;
                    }
                }
            }
        }

        /// <summary>SL1011 on a literal whose source passed the text filter; a known format is SL1010's.</summary>
        private static void AnalyzeNamed(FileContext file, LiteralExpressionSyntax literal)
        {
            // Names, keys and words ("inventory", "order-customer", "Auth:ClientSecret") can never look like a secret
            // (LooksLikeSecret rejects them too): stop them before any look-up of target names.
            var text = literal.Token.ValueText;
            if (SecretNames.MayBeSecretLiteral(text, 0, text.Length) && KnownSecretDetector.Detect(text) is null)
            {
                AnalyzeNamedLiteral(file, literal, text);
            }
        }

        private static void ReportKnown(FileContext file, ExpressionSyntax expression, string text, KnownSecret secret)
        {
            if (ConnectionStringAnchors.HasSecretKeyword(text)
                || IsClaimedByCredentialRule(expression, file.SemanticModel, file.State.Credentials, file.CancellationToken))
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = secret.Kind;
            properties[DiagnosticProperties.Sink] = SecretSinks.Other;
            properties["ChecksumVerified"] = secret.ChecksumVerified ? "true" : "false";
            if (secret.Resource is not null)
            {
                properties[DiagnosticProperties.Resource] = secret.Resource;
            }

            // A checksum-verified key was generated by the service: certain enough to be an error.
            var severity = secret.ChecksumVerified ? DiagnosticSeverity.Error : KnownFormatRule.DefaultSeverity;
            file.ReportDiagnostic(Diagnostic.Create(
                KnownFormatRule,
                expression.GetLocation(),
                severity,
                additionalLocations: null,
                BaselineFingerprint.With(properties.ToImmutable(), file.AnalyzerOptions, KnownFormatRule.Id, expression.GetLocation(), secret.Secret, member: null, file.CancellationToken),
                secret.DisplayName,
                SecretRedaction.Redact(secret.Secret),
                secret.ChecksumVerified ? " (checksum verified)" : string.Empty,
                Advice(secret.Home)));
        }

        private static string Advice(SecretHome home) => home switch
        {
            SecretHome.ManagedIdentity => "the service accepts Microsoft Entra tokens: authenticate with a managed identity instead, then rotate the key",
            SecretHome.EntraApplication => "authenticate with a managed identity (or workload identity federation) instead of a client secret, then rotate it",
            SecretHome.IssuedToken => "acquire tokens at run time with a token credential (a managed identity) instead of storing one",
            _ => "keep it in Azure Key Vault and read it through configuration, then rotate it",
        };

        private static void AnalyzeNamedLiteral(FileContext file, LiteralExpressionSyntax literal, string text)
        {
            // The target's name comes first: it is read from syntax (a call is bound only when its name hints at a
            // secret), and most literals go to nothing named like a secret. The value tests run only for the rest.
            var options = file.Options;
            var target = SecretTarget.Find(literal, options.SecretWords, file.SemanticModel, file.CancellationToken);
            if (target is null
                || !SecretNames.LooksLikeSecret(text, options.MinEntropy, options.SecretWords)
                || IsClaimedByCredentialRule(literal, file.SemanticModel, file.State.Credentials, file.CancellationToken))
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = "SecretNamedLiteral";
            properties[DiagnosticProperties.Sink] = SecretSinks.Declaration;
            properties["SecretWord"] = target.Value.Word;
            // SL1011 never rewrites; where the secret sits can still say why no fix is possible and what to do.
            var blocker = SecretCarriers.FixBlockerOfNamedLiteral(literal);
            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            file.ReportDiagnostic(Diagnostic.Create(
                SecretNamedRule,
                literal.GetLocation(),
                BaselineFingerprint.With(properties.ToImmutable(), file.AnalyzerOptions, SecretNamedRule.Id, literal.GetLocation(), text, member: null, file.CancellationToken),
                target.Value.Name,
                SecretRedaction.Redact(text),
                FixBlockers.SharedNote(blocker)));
        }

        /// <summary>
        /// Whether the credential rules report this value already: it is an argument of a secret parameter
        /// (<c>new AzureKeyCredential("...")</c>), or the initializer of a local, constant or field that is passed to one.
        /// </summary>
        private static bool IsClaimedByCredentialRule(ExpressionSyntax expression, SemanticModel semanticModel, Lazy<CredentialSymbols> credentials, CancellationToken cancellationToken)
        {
            var value = CandidateSyntax.WalkUpParentheses(expression);
            if (value.Parent is ArgumentSyntax argument)
            {
                return credentials.Value.ClassifyArgument(argument, semanticModel, cancellationToken) is not null;
            }

            if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
            {
                return false;
            }

            var symbol = semanticModel.GetDeclaredSymbol(declarator, cancellationToken);
            var scope = symbol is ILocalSymbol ? declarator.FirstAncestorOrSelf<BlockSyntax>() : (SyntaxNode?)declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (symbol is null || scope is null)
            {
                return false;
            }

            var name = declarator.Identifier.ValueText;
            foreach (var identifier in IdentifierIndex.Named(scope, name, cancellationToken))
            {
                if (!(identifier.Parent is ArgumentSyntax or BinaryExpressionSyntax or InterpolationSyntax)
                    || !SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol))
                {
                    continue;
                }

                if ((identifier.Parent is ArgumentSyntax use && credentials.Value.ClassifyArgument(use, semanticModel, cancellationToken) is not null)
                    || FollowsSecretKeyword(identifier))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>"...;AccountKey=" + Key</c> or <c>$"...;Password={Password}"</c>: the constant is the secret of a connection
        /// string, which the connection-string rules report.
        /// </summary>
        private static bool FollowsSecretKeyword(IdentifierNameSyntax identifier)
        {
            if (identifier.Parent is InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } interpolation)
            {
                var index = interpolated.Contents.IndexOf(interpolation);
                return index > 0 && interpolated.Contents[index - 1] is InterpolatedStringTextSyntax text
                    && ConnectionStringAnchors.EndsWithSecretKeyword(text.TextToken.ValueText);
            }

            if (identifier.Parent is not BinaryExpressionSyntax binary || !binary.IsKind(SyntaxKind.AddExpression))
            {
                return false;
            }

            var leaves = StringExpressions.GetConcatenationLeaves(StringExpressions.GetOutermost(identifier));
            var position = leaves.IndexOf(identifier);
            return position > 0 && leaves[position - 1] is LiteralExpressionSyntax previous
                && ConnectionStringAnchors.EndsWithSecretKeyword(previous.Token.ValueText);
        }

        /// <summary>What the checks of one file share: the file's model, the compilation's state, the file's options.</summary>
        private sealed class FileContext
        {
            private readonly SecretContext _context;

            public FileContext(SecretContext context, CompilationState state, SecretlessOptions options)
            {
                _context = context;
                State = state;
                Options = options;
            }

            public CompilationState State { get; }

            public SecretlessOptions Options { get; }

            public SemanticModel SemanticModel => _context.SemanticModel;

            public AnalyzerOptions AnalyzerOptions => _context.Options;

            public CancellationToken CancellationToken => _context.CancellationToken;

            public void ReportDiagnostic(Diagnostic diagnostic) => _context.ReportDiagnostic(diagnostic);
        }

        /// <summary>What one compilation computes at most once, and only when a literal needs it.</summary>
        private sealed class CompilationState
        {
            private readonly Lazy<bool> _isTestProject;

            public CompilationState(Compilation compilation)
            {
                Credentials = new Lazy<CredentialSymbols>(() => new CredentialSymbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                _isTestProject = new Lazy<bool>(() => SecretlessOptions.IsTestProject(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
            }

            public Lazy<CredentialSymbols> Credentials { get; }

            public bool IsTestProject => _isTestProject.Value;
        }
    }
}
