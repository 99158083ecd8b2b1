namespace Diplomacy.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(typeof(Diplomacy.ActorId).Assembly.GetName().Name == "Diplomacy.Core");
}
