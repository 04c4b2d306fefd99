/// nbrun's version: `nbrun --version`, report footers and ``RunRecord`` all read it here.
public let nbrunVersion = "0.1.0"
