import Markup

/// Key results as a row of cards (final loss, accuracy, epochs…), written as a
/// description list: `<dl class="nb-cards"><div><dt>label</dt><dd>value</dd></div>…</dl>`.
public struct ResultCards: Sendable {
    public struct Card: Sendable, Equatable {
        public var label: String
        public var value: String
        /// A smaller line under the value, e.g. "at epoch 1990".
        public var detail: String

        public init(label: String, value: String, detail: String = "") {
            self.label = label
            self.value = value
            self.detail = detail
        }
    }

    public var cards: [Card]

    public init(_ cards: [Card]) {
        self.cards = cards
    }

    public var node: Node {
        .element("dl", ["class": "nb-cards"], cards.map { card in
            var value: [Node] = [.text(card.value)]
            if !card.detail.isEmpty {
                value.append(.element("span", ["class": "nb-card-detail"], text: card.detail))
            }
            return .element("div", ["class": "nb-card"], [
                .element("dt", [:], text: card.label),
                .element("dd", [:], value),
            ])
        })
    }
}
