namespace SecretlessAnalyzers.Common
{
    /// <summary>Where a secret goes: a client constructor, a DI registration, a credential, a declaration...</summary>
    /// <param name="Kind">One of <see cref="SecretSinks"/>.</param>
    /// <param name="Service">The service of the client that receives the secret (blob, queue...), when known.</param>
    public readonly record struct SecretSink(string Kind, string? Service)
    {
        public static SecretSink Other => new SecretSink(SecretSinks.Other, null);
    }
}
