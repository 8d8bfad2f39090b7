using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// A secret that is the default value of a parameter (or of a record's positional parameter) has no client rewrite:
    /// a caller may rely on it (<see cref="FixBlockers.DefaultParameterValue"/>, <see cref="FixBlockers.RecordParameter"/>).
    /// When no caller can, the default is dead code that only carries the secret, and it is removed. No caller can
    /// when the method or constructor cannot be called from outside the assembly (not public or protected along its
    /// containing types, no <c>InternalsVisibleTo</c>), is not virtual, an override or an interface implementation, and
    /// every call in the solution passes the argument explicitly; for a constructor, also when no type derives from its
    /// type (an implicit <c>base()</c> call has no syntax to check) and the type is not named as a type argument or in
    /// <c>typeof</c> (dependency injection and <c>Activator</c> fill a parameter from its default). The parameter becomes
    /// required, so the removal is offered only when no parameter before it is optional.
    /// Every credential fix offers it (<see cref="CredentialCodeFixes"/>, <see cref="SharedCredentialFixAllProvider"/>),
    /// so that <c>dotnet format</c>, which runs one rule's providers one after another on diagnostics computed before the
    /// first, applies it with the rule's own fix.
    /// </summary>
    public static class UnusedSecretDefault
    {
        public const string Title = "Remove the secret default value (no caller relies on it)";

        /// <summary>The equivalence key of the removal: Fix All with it removes defaults only.</summary>
        public const string EquivalenceKey = "Secretless.RemoveUnusedSecretDefault";

        /// <summary>The analyzer said the secret is a parameter's default value. Properties only, no binding.</summary>
        public static bool IsCandidate(ImmutableDictionary<string, string?> properties) =>
            properties.TryGetValue(DiagnosticProperties.FixBlocker, out var blocker)
            && blocker is FixBlockers.DefaultParameterValue or FixBlockers.RecordParameter;

        /// <summary>Registers the removal for each candidate diagnostic of <paramref name="context"/> that no caller relies on.</summary>
        public static async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic)
        {
            if (IsCandidate(diagnostic.Properties)
                && await RemoveAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => RemoveOrKeepAsync(context.Document, diagnostic.Location.SourceSpan, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>A rewrite that removes the default for a candidate diagnostic and calls <paramref name="inner"/> for any other.</summary>
        public static SecretRewrite Or(SecretRewrite inner) =>
            (document, span, properties, kind, cancellationToken) => IsCandidate(properties)
                ? RemoveAsync(document, span, cancellationToken)
                : inner(document, span, properties, kind, cancellationToken);

        /// <summary>Fix All with <see cref="EquivalenceKey"/>: the candidates of one document, in text order (removing one
        /// default can make the next parameter's removable).</summary>
        public static async Task<Document?> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var candidates = diagnostics.Where(d => IsCandidate(d.Properties)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || candidates.Count == 0)
            {
                return document;
            }

            // Track each default through the edits (removing one shifts the spans after it); one annotation per parameter.
            var annotationOf = new Dictionary<ParameterSyntax, SyntaxAnnotation>();
            var annotations = new List<SyntaxAnnotation>();
            foreach (var candidate in candidates)
            {
                if (root.FindNode(candidate.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>() is { } parameter
                    && !annotationOf.ContainsKey(parameter))
                {
                    var annotation = new SyntaxAnnotation();
                    annotationOf.Add(parameter, annotation);
                    annotations.Add(annotation);
                }
            }

            var annotated = root.ReplaceNodes(annotationOf.Keys, (original, _) => original.WithAdditionalAnnotations(annotationOf[original]));
            var current = document.WithSyntaxRoot(annotated);
            foreach (var annotation in annotations)
            {
                var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (currentRoot?.GetAnnotatedNodes(annotation).OfType<ParameterSyntax>().FirstOrDefault() is { Default: not null } parameter
                    && await RemoveAsync(current, parameter.Default.Value.Span, cancellationToken).ConfigureAwait(false) is { } next)
                {
                    current = next;
                }
            }

            return current;
        }

        private static async Task<Document> RemoveOrKeepAsync(Document document, TextSpan span, CancellationToken cancellationToken) =>
            await RemoveAsync(document, span, cancellationToken).ConfigureAwait(false) ?? document;

        /// <summary>The document without the default that holds <paramref name="span"/>; null when a caller may rely on it.</summary>
        public static async Task<Document?> RemoveAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || !root.FullSpan.Contains(span)
                || root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>() is not { Default: not null } parameter
                || !await NoCallerReliesOnDefaultAsync(document, parameter, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            // `string cs = "..."` -> `string cs`: the space before `=` goes, the trivia after the value stays.
            var withoutDefault = parameter
                .WithIdentifier(parameter.Identifier.WithTrailingTrivia(parameter.Default.GetTrailingTrivia()))
                .WithDefault(null);
            return document.WithSyntaxRoot(root.ReplaceNode(parameter, withoutDefault));
        }

        /// <summary>Whether removing the default of <paramref name="parameterSyntax"/> changes no call: see the type's summary.</summary>
        private static async Task<bool> NoCallerReliesOnDefaultAsync(Document document, ParameterSyntax parameterSyntax, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel?.GetDeclaredSymbol(parameterSyntax, cancellationToken) is not IParameterSymbol parameter
                || parameter.ContainingSymbol is not IMethodSymbol method
                || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction)
                || method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern
                || !method.ExplicitInterfaceImplementations.IsEmpty
                || ImplementsInterfaceMember(method)
                || method.Parameters.Take(parameter.Ordinal).Any(p => p.IsOptional || p.IsParams)
                || IsCallableFromOutside(method, semanticModel.Compilation))
            {
                return false;
            }

            var solution = document.Project.Solution;
            if (method.MethodKind == MethodKind.Constructor && !await TypeIsOnlyConstructedInSourceAsync(method.ContainingType, solution, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
            foreach (var reference in references)
            {
                foreach (var location in reference.Locations)
                {
                    // Implicit references too (a target-typed `new(...)`): a reference with no call syntax that passes
                    // the argument, such as an implicit `base()`, fails the test.
                    if (!await PassesArgumentAsync(location, method, parameter, cancellationToken).ConfigureAwait(false))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The call at <paramref name="location"/> passes <paramref name="parameter"/> explicitly; false for any reference that is not a call (a method group, an attribute).</summary>
        private static async Task<bool> PassesArgumentAsync(ReferenceLocation location, IMethodSymbol method, IParameterSymbol parameter, CancellationToken cancellationToken)
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return false;
            }

            var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf
                && nameOf.ArgumentList.Span.Contains(node.Span))
            {
                return true;
            }

            var call = node.AncestorsAndSelf().FirstOrDefault(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax);
            if (call is null)
            {
                return false;
            }

            var arguments = model.GetOperation(call, cancellationToken) switch
            {
                IInvocationOperation invocation when SameMethod(invocation.TargetMethod, method) => invocation.Arguments,
                IObjectCreationOperation creation when creation.Constructor is { } constructor && SameMethod(constructor, method) => creation.Arguments,
                _ => default(ImmutableArray<IArgumentOperation>?),
            };

            return arguments is { } list
                && list.Any(a => a.Parameter is { } p && p.Ordinal == parameter.Ordinal && a.ArgumentKind == ArgumentKind.Explicit);
        }

        private static bool SameMethod(IMethodSymbol candidate, IMethodSymbol method) =>
            SymbolEqualityComparer.Default.Equals((candidate.ReducedFrom ?? candidate).OriginalDefinition, method.OriginalDefinition);

        /// <summary>No other type derives from <paramref name="type"/> and no code names it as a type argument or in <c>typeof</c>.</summary>
        private static async Task<bool> TypeIsOnlyConstructedInSourceAsync(INamedTypeSymbol type, Solution solution, CancellationToken cancellationToken)
        {
            if (!type.IsSealed && !type.IsStatic && !type.IsValueType)
            {
                var derived = await SymbolFinder.FindDerivedClassesAsync(type, solution, transitive: false, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (derived.Any())
                {
                    return false;
                }
            }

            foreach (var reference in await SymbolFinder.FindReferencesAsync(type, solution, cancellationToken).ConfigureAwait(false))
            {
                foreach (var location in reference.Locations)
                {
                    var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                    for (var current = node; current is NameSyntax; current = current.Parent)
                    {
                        if (current.Parent is TypeArgumentListSyntax or TypeOfExpressionSyntax)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>Public or protected along the method and every containing type, or internal with <c>InternalsVisibleTo</c>.</summary>
        private static bool IsCallableFromOutside(IMethodSymbol method, Compilation compilation)
        {
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return false;
            }

            var internalOnly = false;
            for (ISymbol? symbol = method; symbol is IMethodSymbol or INamedTypeSymbol; symbol = symbol.ContainingSymbol)
            {
                switch (symbol.DeclaredAccessibility)
                {
                    case Accessibility.Private:
                        return false;
                    case Accessibility.Internal or Accessibility.ProtectedAndInternal:
                        internalOnly = true;
                        break;
                }
            }

            return !internalOnly || compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");
        }

        private static bool ImplementsInterfaceMember(IMethodSymbol method) =>
            method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers(method.Name)).Any(member =>
                SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method));
    }
}
