namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The parameter each argument of a bound call goes to: named arguments by name, the others by position (a reduced
    /// extension call lines up too). The one copy of this rule, with its bounds checks, for analyzers and fixes.
    /// </summary>
    public static class ArgumentBinding
    {
        /// <summary>The parameter <paramref name="argument"/> binds to; null when it is not in <paramref name="list"/>,
        /// names no parameter, or lies beyond the parameters (the extra elements of a <c>params</c> array).</summary>
        public static IParameterSymbol? ParameterOf(ArgumentSyntax argument, ArgumentListSyntax list, IMethodSymbol method)
        {
            var index = list.Arguments.IndexOf(argument);
            return index < 0 ? null : ParameterAt(list, index, method);
        }

        /// <summary>The parameter the argument at <paramref name="index"/> binds to, as <see cref="ParameterOf"/>.</summary>
        public static IParameterSymbol? ParameterAt(ArgumentListSyntax list, int index, IMethodSymbol method)
        {
            if (index < 0 || index >= list.Arguments.Count)
            {
                return null;
            }

            if (list.Arguments[index].NameColon is { } nameColon)
            {
                var name = nameColon.Name.Identifier.ValueText;
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Name == name)
                    {
                        return parameter;
                    }
                }

                return null;
            }

            return index < method.Parameters.Length ? method.Parameters[index] : null;
        }
    }
}
