/// What a symbol command (`\alpha`, `\leq`, `\sum`, `\sin`...) stands for.
struct SymbolEntry: Sendable, Equatable {
    enum Role: String, Sendable {
        /// A variable-like identifier (`<mi>`, italic when a single Latin or Greek letter).
        case identifier = "mi"
        /// An identifier drawn upright (`\Delta`, `\Gamma`).
        case upright = "up"
        /// A binary operator such as `+`, `\times`, `\cdot`.
        case binary = "bin"
        /// A relation such as `=`, `\leq`, `\rightarrow`.
        case relation = "rel"
        /// A relation the browser's operator dictionary does not space as one (`:`, `\therefore`).
        case spacedRelation = "srel"
        /// An ordinary symbol drawn as `<mo>` with no space around it.
        case ordinary = "ord"
        case open = "open"
        case close = "close"
        /// A bar that opens or closes (`|`, `\|`).
        case fence = "fence"
        /// A prefix operator such as `\neg`.
        case prefix = "pre"
        case punctuation = "punct"
        /// A large operator whose scripts go under and over in display style (`\sum`).
        case largeOperator = "large"
        /// A large operator whose scripts stay at the side (`\int`).
        case integral = "int"
        /// A function name (`\sin`, `\log`).
        case function = "fn"
        /// A function name whose scripts go under it in display style (`\lim`, `\max`).
        case limitFunction = "lim"
    }

    var role: Role
    var text: String

    /// Whether the symbol can follow `\left`, `\right` or `\big`.
    var isDelimiter: Bool {
        role == .open || role == .close || role == .fence
    }
}

/// The symbol commands, read once from the table text below.
enum SymbolTable {
    static let entries: [String: SymbolEntry] = {
        var entries: [String: SymbolEntry] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2 else { continue }
            guard let role = SymbolEntry.Role(rawValue: String(fields[1])) else {
                preconditionFailure("bad role in symbol table line: \(line)")
            }
            let text = fields.count >= 3 ? fields[2...].joined(separator: "\u{2006}") : String(fields[0])
            entries[String(fields[0])] = SymbolEntry(role: role, text: text)
        }
        return entries
    }()

    /// The entry for a character typed directly (`+`, `(`, `|`...), if it is an operator.
    static func character(_ scalar: Unicode.Scalar) -> SymbolEntry? {
        switch scalar {
        case "+": return SymbolEntry(role: .binary, text: "+")
        case "-": return SymbolEntry(role: .binary, text: "\u{2212}")
        case "*": return SymbolEntry(role: .binary, text: "\u{2217}")
        case "=", "<", ">": return SymbolEntry(role: .relation, text: String(Character(scalar)))
        case ":": return SymbolEntry(role: .spacedRelation, text: ":")
        case "(", "[": return SymbolEntry(role: .open, text: String(Character(scalar)))
        case ")", "]": return SymbolEntry(role: .close, text: String(Character(scalar)))
        case "|": return SymbolEntry(role: .fence, text: "|")
        case ",", ";": return SymbolEntry(role: .punctuation, text: String(Character(scalar)))
        case ".", "/", "?", "@", "\"": return SymbolEntry(role: .ordinary, text: String(Character(scalar)))
        case "!": return SymbolEntry(role: .ordinary, text: "!")
        default: return nil
        }
    }

    /// name, role, text (several text fields are joined by a six-per-em space).
    private static let table = """
    alpha mi α
    beta mi β
    gamma mi γ
    delta mi δ
    epsilon mi ϵ
    varepsilon mi ε
    zeta mi ζ
    eta mi η
    theta mi θ
    vartheta mi ϑ
    iota mi ι
    kappa mi κ
    varkappa mi ϰ
    lambda mi λ
    mu mi μ
    nu mi ν
    xi mi ξ
    omicron mi ο
    pi mi π
    varpi mi ϖ
    rho mi ρ
    varrho mi ϱ
    sigma mi σ
    varsigma mi ς
    tau mi τ
    upsilon mi υ
    phi mi ϕ
    varphi mi φ
    chi mi χ
    psi mi ψ
    omega mi ω
    digamma mi ϝ
    Alpha up Α
    Beta up Β
    Gamma up Γ
    Delta up Δ
    Epsilon up Ε
    Zeta up Ζ
    Eta up Η
    Theta up Θ
    Iota up Ι
    Kappa up Κ
    Lambda up Λ
    Mu up Μ
    Nu up Ν
    Xi up Ξ
    Omicron up Ο
    Pi up Π
    Rho up Ρ
    Sigma up Σ
    Tau up Τ
    Upsilon up Υ
    Phi up Φ
    Chi up Χ
    Psi up Ψ
    Omega up Ω
    varGamma mi 𝛤
    varDelta mi 𝛥
    varTheta mi 𝛩
    varLambda mi 𝛬
    varXi mi 𝛯
    varPi mi 𝛱
    varSigma mi 𝛴
    varUpsilon mi 𝛶
    varPhi mi 𝛷
    varPsi mi 𝛹
    varOmega mi 𝛺
    infty mi ∞
    nabla up ∇
    partial mi ∂
    ell mi ℓ
    hbar mi ℏ
    imath mi ı
    jmath mi ȷ
    aleph mi ℵ
    wp mi ℘
    Re up ℜ
    Im up ℑ
    emptyset mi ∅
    varnothing mi ⌀
    forall ord ∀
    exists ord ∃
    nexists ord ∄
    top mi ⊤
    bot mi ⊥
    angle mi ∠
    triangle mi △
    square mi □
    Box mi □
    checkmark mi ✓
    prime ord ′
    dagger bin †
    ddagger bin ‡
    dots mi …
    ldots mi …
    cdots mi ⋯
    vdots mi ⋮
    ddots mi ⋱
    dotsc mi …
    dotsb mi ⋯
    dotsm mi ⋯
    dotsi mi ⋯
    neg pre ¬
    lnot pre ¬
    pm bin ±
    mp bin ∓
    times bin ×
    div bin ÷
    cdot bin ⋅
    circ bin ∘
    bullet bin ∙
    odot bin ⊙
    oplus bin ⊕
    ominus bin ⊖
    otimes bin ⊗
    oslash bin ⊘
    cap bin ∩
    cup bin ∪
    sqcap bin ⊓
    sqcup bin ⊔
    uplus bin ⊎
    wedge bin ∧
    land bin ∧
    vee bin ∨
    lor bin ∨
    setminus bin ∖
    smallsetminus bin ∖
    star bin ⋆
    ast bin ∗
    amalg bin ⨿
    diamond bin ⋄
    wr bin ≀
    triangleleft bin ◃
    triangleright bin ▹
    bigtriangleup bin △
    bigtriangledown bin ▽
    boxplus bin ⊞
    boxtimes bin ⊠
    ltimes bin ⋉
    rtimes bin ⋊
    eq rel =
    le rel ≤
    leq rel ≤
    ge rel ≥
    geq rel ≥
    leqslant rel ⩽
    geqslant rel ⩾
    leqq rel ≦
    geqq rel ≧
    ne rel ≠
    neq rel ≠
    approx rel ≈
    approxeq rel ≊
    sim rel ∼
    simeq rel ≃
    cong rel ≅
    equiv rel ≡
    propto rel ∝
    in rel ∈
    notin rel ∉
    ni rel ∋
    owns rel ∋
    subset rel ⊂
    supset rel ⊃
    subseteq rel ⊆
    supseteq rel ⊇
    subsetneq rel ⊊
    supsetneq rel ⊋
    sqsubseteq rel ⊑
    sqsupseteq rel ⊒
    ll rel ≪
    gg rel ≫
    lll rel ⋘
    ggg rel ⋙
    prec rel ≺
    succ rel ≻
    preceq rel ⪯
    succeq rel ⪰
    preccurlyeq rel ≼
    succcurlyeq rel ≽
    lessapprox rel ⪅
    gtrapprox rel ⪆
    lesssim rel ≲
    gtrsim rel ≳
    lessgtr rel ≶
    mid rel ∣
    nmid rel ∤
    parallel rel ∥
    nparallel rel ∦
    perp rel ⊥
    models rel ⊨
    vdash rel ⊢
    dashv rel ⊣
    vDash rel ⊨
    asymp rel ≍
    doteq rel ≐
    triangleq rel ≜
    coloneqq rel ≔
    eqqcolon rel ≕
    coloneq rel ≔
    bowtie rel ⋈
    therefore srel ∴
    because srel ∵
    to rel →
    rightarrow rel →
    gets rel ←
    leftarrow rel ←
    leftrightarrow rel ↔
    Rightarrow rel ⇒
    Leftarrow rel ⇐
    Leftrightarrow rel ⇔
    longrightarrow rel ⟶
    longleftarrow rel ⟵
    longleftrightarrow rel ⟷
    Longrightarrow rel ⟹
    Longleftarrow rel ⟸
    Longleftrightarrow rel ⟺
    implies rel ⟹
    impliedby rel ⟸
    iff rel ⟺
    mapsto rel ↦
    longmapsto rel ⟼
    uparrow rel ↑
    downarrow rel ↓
    updownarrow rel ↕
    Uparrow rel ⇑
    Downarrow rel ⇓
    Updownarrow rel ⇕
    nearrow rel ↗
    searrow rel ↘
    swarrow rel ↙
    nwarrow rel ↖
    hookrightarrow rel ↪
    hookleftarrow rel ↩
    rightharpoonup rel ⇀
    rightharpoondown rel ⇁
    leftharpoonup rel ↼
    leftharpoondown rel ↽
    rightleftharpoons rel ⇌
    leftrightarrows rel ⇆
    rightleftarrows rel ⇄
    leadsto rel ⇝
    rightsquigarrow rel ⇝
    twoheadrightarrow rel ↠
    circlearrowleft rel ↺
    circlearrowright rel ↻
    lbrace open {
    rbrace close }
    { open {
    } close }
    lbrack open [
    rbrack close ]
    langle open ⟨
    rangle close ⟩
    lfloor open ⌊
    rfloor close ⌋
    lceil open ⌈
    rceil close ⌉
    lvert open |
    rvert close |
    lVert open ‖
    rVert close ‖
    vert fence |
    Vert fence ‖
    | fence ‖
    backslash ord \\
    sum large ∑
    prod large ∏
    coprod large ∐
    bigcup large ⋃
    bigcap large ⋂
    bigvee large ⋁
    bigwedge large ⋀
    bigoplus large ⨁
    bigotimes large ⨂
    bigodot large ⨀
    biguplus large ⨄
    bigsqcup large ⨆
    int int ∫
    iint int ∬
    iiint int ∭
    oint int ∮
    arccos fn
    arcsin fn
    arctan fn
    arg fn
    cos fn
    cosh fn
    cot fn
    coth fn
    csc fn
    deg fn
    dim fn
    exp fn
    hom fn
    ker fn
    lg fn
    ln fn
    log fn
    sec fn
    sin fn
    sinh fn
    tan fn
    tanh fn
    sgn fn
    softmax fn
    det lim
    gcd lim
    inf lim
    lim lim
    liminf lim lim inf
    limsup lim lim sup
    max lim
    min lim
    Pr lim
    sup lim
    argmax lim arg max
    argmin lim arg min
    intercal mi ⊺
    complement mi ∁
    measuredangle mi ∡
    blacksquare mi ■
    lozenge mi ◊
    bigstar mi ★
    dotso mi …
    cdotp punct ·
    ldotp punct .
    circledast bin ⊛
    boxdot bin ⊡
    veebar bin ⊻
    barwedge bin ⊼
    nleq rel ≰
    ngeq rel ≱
    nless rel ≮
    ngtr rel ≯
    nsubseteq rel ⊈
    nsupseteq rel ⊉
    nsim rel ≁
    ncong rel ≇
    multimap rel ⊸
    dashrightarrow rel ⇢
    dashleftarrow rel ⇠
    upharpoonright rel ↾
    lgroup open ⟮
    rgroup close ⟯
    llbracket open ⟦
    rrbracket close ⟧
    # ord #
    % ord %
    $ ord $
    & ord &
    _ ord _
    """
}
