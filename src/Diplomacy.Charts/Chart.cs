using System.Text;
using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>
/// A chart drawn from a chronicle's query answers, ready to save as SVG or PNG (no display needed). Made by the
/// <c>Create</c> methods of <see cref="DyadChart"/>, <see cref="SanctionsGantt"/>, <see cref="OfficeGantt"/>,
/// <see cref="ArmsFlowChart"/> and <see cref="ChannelNetwork"/>.
/// </summary>
/// <remarks>
/// The picture is fixed when the chart is created; <see cref="Plot"/> is the underlying ScottPlot figure for callers
/// who want to restyle it before saving. Saving writes the file whole or not at all in the sense of
/// <see cref="File.WriteAllBytes(string, byte[])"/>; a bad path throws the usual <see cref="IOException"/> family.
/// </remarks>
public abstract class Chart
{
    private protected Chart(Plot plot, int width, int height)
    {
        Plot = plot;
        Width = width;
        Height = height;
    }

    /// <summary>The ScottPlot figure behind the chart, for restyling before saving.</summary>
    public Plot Plot { get; }

    /// <summary>The picture's width in pixels.</summary>
    public int Width { get; }

    /// <summary>The picture's height in pixels (charts with rows grow with them unless a height was given).</summary>
    public int Height { get; }

    /// <summary>The chart as an SVG document; text stays text, so labels can be searched and selected.</summary>
    public string ToSvg() => Plot.GetSvgXml(Width, Height);

    /// <summary>The chart as a PNG image.</summary>
    public byte[] ToPng() => Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>Writes the chart to <paramref name="path"/> as SVG (UTF-8).</summary>
    /// <param name="path">The file to write; its folder must exist.</param>
    public void SaveSvg(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, ToSvg(), new UTF8Encoding(false));
    }

    /// <summary>Writes the chart to <paramref name="path"/> as PNG.</summary>
    /// <param name="path">The file to write; its folder must exist.</param>
    public void SavePng(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllBytes(path, ToPng());
    }
}
