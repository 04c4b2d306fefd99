/// The report's CSS, as fixed text (deterministic; no web fonts, no URLs).
///
/// Every selector is scoped under `.nbrun`, the class of the report's root element, so
/// the same rules style a full page and a fragment pasted into a course page without
/// leaking into it. In a fragment, ``fragmentReset`` additionally shields the report
/// from the host page: the root resets every inherited property (`all: initial`) and
/// every HTML descendant drops the host's author styles (`all: revert`, which rolls back
/// to the browser's defaults), after which the report's own rules apply. SVG and MathML
/// are exempt, because `revert` would also discard their presentation attributes. Host
/// rules that use an id selector or `!important` can still win; nothing else does.
///
/// Colours are custom properties on `.nbrun`, redefined for
/// `prefers-color-scheme: dark` and for print (black on white, whatever the screen scheme).
/// Figures draw axes and text in `currentColor`, so they follow both; their marks carry
/// classes (`nb-pos`, `nb-neg`, `nb-c0`…) that the dark scheme lightens.
///
/// Boxes that scroll sideways (wide tables, equations, code) show it with scroll shadows:
/// two cover gradients that move with the content (`background-attachment: local`) over
/// two shadows fixed to the box's edges, so a shadow shows on a side only while there is
/// more to see there. Figures are never wider than the column and at most 34 rem wide, so
/// figure text (12 view-box units or more on a 480-unit figure) stays at 9 CSS px or more
/// on a 390 px phone and near its design size on a desktop.
public enum Stylesheet {
    /// Rules for a whole page only (they style `html`/`body`, so they never go into a fragment).
    public static let document = """
    html{background:#fdfdfc;-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0}
    @media (prefers-color-scheme:dark){html{background:#16181d}}
    @media print{html{background:#fff}}

    """

    /// The shield against host-page styles, for fragments only (see the type's documentation).
    public static let fragmentReset = """
    .nbrun{all:initial}
    .nbrun *:not(svg,svg *,math,math *){all:revert}

    """

    /// The report's whole look, scoped under `.nbrun`: light, dark (following
    /// `prefers-color-scheme`) and print.
    public static let report = base + dark + print

    /// The report's look without the dark scheme, for a fragment: pasted into a host page,
    /// a report that turned dark on its own would be a near-black slab in a light page.
    public static let lightReport = base + print

    static let base = """
    .nbrun{--nb-fg:#1d1d1f;--nb-bg:#fdfdfc;--nb-muted:#5b5b60;--nb-border:#d4d4d8;--nb-rule:#ececef;\
    --nb-accent:#0b5cad;--nb-code-bg:#f3f3f1;--nb-figure-bg:#ffffff;\
    --nb-note:#0072b2;--nb-note-bg:#eef5fb;--nb-warning:#a86500;--nb-warning-bg:#fdf5e6;\
    --nb-error:#b53d00;--nb-error-bg:#fcefe8;--nb-good:#00795a;--nb-bad:#b53d00;--nb-shadow:rgba(0,0,0,.28);\
    --nb-data-font:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;\
    display:block;box-sizing:border-box;max-width:46rem;margin:0 auto;padding:2rem 1.25rem 3rem;\
    color:var(--nb-fg);background:var(--nb-bg);\
    font-family:Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,serif;font-size:1.0625rem;\
    line-height:1.6;text-align:left;overflow-wrap:break-word}
    .nbrun *,.nbrun *::before,.nbrun *::after{box-sizing:inherit}
    .nbrun h1,.nbrun h2,.nbrun h3,.nbrun h4,.nbrun h5,.nbrun h6,.nbrun .nb-toc,.nbrun figcaption,\
    .nbrun caption,.nbrun thead th,.nbrun .nb-cards,.nbrun summary,.nbrun .nb-callout-title,.nbrun .nb-byline,.nbrun footer{\
    font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
    .nbrun h1,.nbrun h2,.nbrun h3,.nbrun h4,.nbrun h5,.nbrun h6{display:block;line-height:1.25;font-weight:600;\
    margin:2.2rem 0 .8rem}
    .nbrun h1{font-size:2rem;margin-top:0}
    .nbrun h2{font-size:1.5rem;padding-bottom:.25rem;border-bottom:1px solid var(--nb-rule)}
    .nbrun h3{font-size:1.25rem}
    .nbrun h4,.nbrun h5,.nbrun h6{font-size:1.05rem}
    .nbrun .nb-anchor{margin-left:.3em;color:var(--nb-muted);text-decoration:none;font-weight:400;opacity:0}
    .nbrun h1:hover .nb-anchor,.nbrun h2:hover .nb-anchor,.nbrun h3:hover .nb-anchor,.nbrun h4:hover .nb-anchor,\
    .nbrun .nb-anchor:focus{opacity:1}
    .nbrun p,.nbrun ul,.nbrun ol,.nbrun dl,.nbrun blockquote{display:block;margin:0 0 1rem}
    .nbrun ul,.nbrun ol{padding-left:1.5rem}
    .nbrun ul{list-style:disc}
    .nbrun ol{list-style:decimal}
    .nbrun li{display:list-item;margin:.2rem 0}
    .nbrun blockquote{padding-left:1rem;border-left:3px solid var(--nb-border);color:var(--nb-muted)}
    .nbrun a{color:var(--nb-accent);text-decoration:underline}
    .nbrun strong,.nbrun b{font-weight:700}
    .nbrun em,.nbrun i{font-style:italic}
    .nbrun code,.nbrun pre,.nbrun kbd,.nbrun samp{font-family:ui-monospace,'SF Mono',Menlo,Consolas,'DejaVu Sans Mono',\
    'Liberation Mono',monospace;font-size:.875em}
    .nbrun :not(pre)>code{padding:.1em .3em;border-radius:.25rem;background:var(--nb-code-bg)}
    .nbrun pre{display:block;margin:0 0 1rem;padding:.8rem 1rem;overflow-x:auto;line-height:1.45;white-space:pre;\
    tab-size:4;background-color:var(--nb-code-bg);border-radius:.4rem;--nb-cover:var(--nb-code-bg)}
    .nbrun pre,.nbrun .nb-table-wrap,.nbrun math[display="block"]{background-image:var(--nb-cue);\
    --nb-cue:linear-gradient(to right,var(--nb-cover,var(--nb-bg)) 40%,transparent),\
    linear-gradient(to left,var(--nb-cover,var(--nb-bg)) 40%,transparent),\
    linear-gradient(to right,var(--nb-shadow) 0%,transparent),\
    linear-gradient(to left,var(--nb-shadow) 0%,transparent);\
    background-position:left center,right center,left center,right center;background-repeat:no-repeat;\
    background-size:2rem 100%,2rem 100%,.6rem 100%,.6rem 100%;background-attachment:local,local,scroll,scroll}
    .nbrun math[display="block"]{overflow-x:auto;max-width:100%}
    .nbrun pre code{font-size:inherit}
    .nbrun hr{border:0;border-top:1px solid var(--nb-border);margin:2rem 0}
    .nbrun header{display:block;margin-bottom:2rem}
    .nbrun .nb-subtitle{font-size:1.2rem;color:var(--nb-muted);margin:-.4rem 0 .6rem}
    .nbrun .nb-byline{font-size:.9rem;color:var(--nb-muted)}
    .nbrun .nb-toc{display:block;margin:0 0 2rem;padding:.8rem 1rem;font-size:.95rem;border:1px solid var(--nb-rule);\
    border-radius:.4rem}
    .nbrun .nb-toc-title{font-weight:600;margin:0 0 .3rem}
    .nbrun .nb-toc ol{list-style:none;margin:0;padding-left:0}
    .nbrun .nb-toc ol ol{padding-left:1.2rem}
    .nbrun .nb-toc a{text-decoration:none}
    .nbrun .nb-toc a:hover{text-decoration:underline}
    .nbrun .nb-table-wrap{display:block;overflow-x:auto;margin:1rem 0 1.5rem}
    .nbrun table{display:table;min-width:min(100%,20rem);border-collapse:collapse;font-size:.9rem;line-height:1.4}
    .nbrun table,.nbrun .nb-cards,.nbrun .nb-table-note{font-family:var(--nb-data-font);\
    font-variant-numeric:tabular-nums lining-nums}
    .nbrun caption{display:table-caption;caption-side:top;text-align:left;font-weight:600;padding:0 0 .4rem;\
    font-size:.9rem}
    .nbrun th,.nbrun td{padding:.3rem .7rem;border-bottom:1px solid var(--nb-rule);text-align:left;vertical-align:top}
    .nbrun thead th{border-bottom:2px solid var(--nb-border);font-weight:600;white-space:nowrap}
    .nbrun tbody th{font-weight:600;color:var(--nb-muted)}
    .nbrun .nb-num{text-align:right;white-space:nowrap}
    .nbrun .nb-center{text-align:center}
    .nbrun .nb-weights{display:flex;flex-wrap:wrap;align-items:flex-start;gap:0 1.5rem;margin:1rem 0 1.5rem}
    .nbrun .nb-weights .nb-table-wrap{margin:.25rem 0 .75rem}
    .nbrun .nb-weights table{min-width:0}
    .nbrun .nb-caption,.nbrun .nb-step-text{flex-basis:100%;margin:0 0 .25rem;font-family:var(--nb-data-font);\
    font-weight:600;font-size:.9rem;line-height:1.4}
    .nbrun .nb-step-text{margin:1rem 0 .4rem}
    .nbrun div.nb-matrix:not(.nb-table-wrap){display:flex;flex-direction:column;margin:1rem 0 1.25rem}
    .nbrun div.nb-matrix>.nb-table-wrap{margin:0}
    .nbrun div.nb-matrix>.nb-table-note{order:-1;margin:0;font-size:.85rem;color:var(--nb-muted)}
    .nbrun .nb-yes{color:var(--nb-good)}
    .nbrun .nb-no{color:var(--nb-bad);font-weight:600}
    .nbrun figure{display:block;margin:1.5rem 0}
    .nbrun figure svg{display:block;box-sizing:border-box;width:100%;height:auto;max-width:min(100%,34rem);margin:0 auto;\
    padding:.5rem;background:var(--nb-figure-bg);border:1px solid var(--nb-rule);border-radius:.4rem;color:var(--nb-fg)}
    .nbrun figcaption{display:block;margin-top:.5rem;font-size:.9rem;color:var(--nb-muted);line-height:1.45}
    .nbrun .nb-figure-number{font-weight:600;color:var(--nb-fg)}
    .nbrun .nb-figure-link{font-size:.85em}
    .nbrun details{display:block;margin:0 0 1rem;border:1px solid var(--nb-rule);border-radius:.4rem}
    .nbrun summary{display:list-item;cursor:pointer;padding:.4rem .8rem;font-size:.9rem;color:var(--nb-muted)}
    .nbrun summary .nb-step{color:var(--nb-fg);background:none;padding:0}
    .nbrun details pre{margin:0;border-radius:0 0 .4rem .4rem}
    .nbrun .nb-callout{display:block;margin:0 0 1rem;padding:.7rem 1rem;border-left:4px solid var(--nb-note);\
    background:var(--nb-note-bg);border-radius:0 .4rem .4rem 0}
    .nbrun .nb-callout>:last-child{margin-bottom:0}
    .nbrun .nb-callout-title{margin:0 0 .3rem}
    .nbrun .nb-callout-warning{border-left-color:var(--nb-warning);background:var(--nb-warning-bg)}
    .nbrun .nb-callout-error{border-left-color:var(--nb-error);background:var(--nb-error-bg)}
    .nbrun .nb-callout-note>.nb-callout-title strong{color:var(--nb-note)}
    .nbrun .nb-callout-warning>.nb-callout-title strong{color:var(--nb-warning)}
    .nbrun .nb-callout-error>.nb-callout-title strong{color:var(--nb-error)}
    .nbrun .nb-callout-tip{border-left-color:var(--nb-good)}
    .nbrun .nb-callout-tip>.nb-callout-title strong{color:var(--nb-good)}
    .nbrun .nb-callout-important{border-left-color:var(--nb-accent)}
    .nbrun .nb-callout-important>.nb-callout-title strong{color:var(--nb-accent)}
    .nbrun .nb-callout-caution{border-left-color:var(--nb-error);background:var(--nb-error-bg)}
    .nbrun .nb-callout-caution>.nb-callout-title strong{color:var(--nb-error)}
    .nbrun details.nb-callout{border-top:0;border-right:0;border-bottom:0;border-radius:0 .4rem .4rem 0}
    .nbrun details.nb-callout>summary{padding:0;font-size:1rem;color:var(--nb-fg)}
    .nbrun details.nb-callout[open]>summary{margin-bottom:.3rem}
    .nbrun .footnotes{margin-top:2.5rem;font-size:.9rem}
    .nbrun .footnotes hr{border:0;border-top:1px solid var(--nb-rule)}
    .nbrun .footnote-backref{text-decoration:none}
    .nbrun .nb-equation{display:flex;align-items:center;gap:1rem;margin:1rem 0}
    .nbrun .nb-equation-body{flex:1 1 auto;min-width:0;overflow-x:auto}
    .nbrun .nb-equation-number{flex:none;font-variant-numeric:tabular-nums}
    .nbrun .nb-ref{white-space:nowrap}
    .nbrun .nb-exercise{display:block;margin:1.5rem 0 1rem;padding:.7rem 1rem;border:1px solid var(--nb-border);border-radius:.4rem}
    .nbrun .nb-exercise>:last-child{margin-bottom:0}
    .nbrun .nb-exercise-title{margin:0 0 .3rem}
    .nbrun details.nb-solution>summary{color:var(--nb-fg)}
    .nbrun details.nb-solution>:not(summary){margin-left:.8rem;margin-right:.8rem}
    .nbrun .nb-callout-success{border-left-color:var(--nb-good)}
    .nbrun .nb-callout-success>.nb-callout-title strong{color:var(--nb-good)}
    .nbrun .nb-table-note{margin:-.6rem 0 1rem;font-size:.9rem;color:var(--nb-muted)}
    .nbrun .nb-run-parameters{margin-top:2rem}
    .nbrun .nb-cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0 1.5rem}
    .nbrun .nb-card{display:block;flex:1 1 9.5rem;max-width:100%;padding:.6rem .8rem;border:1px solid var(--nb-rule);border-radius:.4rem}
    .nbrun .nb-card dt{display:block;font-size:.8rem;color:var(--nb-muted);text-transform:uppercase;letter-spacing:.04em}
    .nbrun .nb-card dd{display:block;margin:0;font-size:1.15rem;font-weight:600;overflow-wrap:normal;word-break:normal}
    .nbrun .nb-card-detail{display:block;font-size:.8rem;font-weight:400;color:var(--nb-muted)}
    .nbrun .nb-index{list-style:none;padding:0}
    .nbrun .nb-index li{margin:0 0 1rem}
    .nbrun .nb-index a{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;\
    font-size:1.15rem;font-weight:600;text-decoration:none}
    .nbrun .nb-index p{margin:.2rem 0 0;color:var(--nb-muted)}
    .nbrun footer{display:block;margin-top:3rem;padding-top:.8rem;border-top:1px solid var(--nb-rule);font-size:.85rem;\
    color:var(--nb-muted)}
    .nbrun img{max-width:100%;height:auto}
    @media (max-width:30rem){.nbrun{padding:1.25rem .75rem 2rem}.nbrun figure svg{padding:0}\
    .nbrun pre{padding:.6rem .75rem}.nbrun th,.nbrun td{padding:.3rem .5rem}}

    """

    static let dark = """
    @media (prefers-color-scheme:dark){.nbrun{--nb-shadow:rgba(255,255,255,.3);--nb-fg:#e6e6e9;--nb-bg:#16181d;--nb-muted:#a6a6ad;--nb-border:#4a4c55;\
    --nb-rule:#30323a;--nb-accent:#8cc4ff;--nb-code-bg:#23262d;--nb-figure-bg:#1d2026;\
    --nb-note:#56b4e9;--nb-note-bg:#17263a;--nb-warning:#e6b04a;--nb-warning-bg:#2e2514;\
    --nb-error:#f08a5d;--nb-error-bg:#34201a;--nb-good:#4fd1a5;--nb-bad:#f08a5d}
    .nbrun svg line.nb-pos,.nbrun svg path.nb-pos,.nbrun svg path.nb-s0{stroke:#56b4e9}\
    .nbrun svg line.nb-neg,.nbrun svg path.nb-neg{stroke:#f0884a}\
    .nbrun svg circle.nb-pos,.nbrun svg .nb-c0{fill:#56b4e9}.nbrun svg circle.nb-neg{fill:#f0884a}}

    """

    static let print = """
    @media print{.nbrun{--nb-fg:#000;--nb-bg:#fff;--nb-muted:#333;--nb-border:#888;--nb-rule:#bbb;--nb-accent:#000;\
    --nb-code-bg:#f4f4f4;--nb-figure-bg:#fff;--nb-note-bg:#fff;--nb-warning-bg:#fff;--nb-error-bg:#fff;\
    max-width:none;padding:0;font-size:11pt}
    .nbrun figure,.nbrun pre,.nbrun .nb-callout,.nbrun .nb-card,.nbrun tr,.nbrun math{break-inside:avoid}
    .nbrun h1,.nbrun h2,.nbrun h3,.nbrun h4,.nbrun caption,.nbrun .nb-caption{break-after:avoid}
    .nbrun .nb-anchor,.nbrun .nb-figure-link,.nbrun .nb-toc,.nbrun details.nb-source{display:none}
    .nbrun figure svg{border:0;padding:0;width:auto;max-width:min(100%,30rem);margin:0}
    .nbrun figure{margin:1rem 0}
    .nbrun pre,.nbrun .nb-table-wrap,.nbrun math[display="block"]{overflow:visible;background-image:none}
    .nbrun table{font-size:8.5pt}.nbrun th,.nbrun td{padding:.15rem .35rem}
    .nbrun .nb-body p a[href*="://"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--nb-muted)}}


    """
}
