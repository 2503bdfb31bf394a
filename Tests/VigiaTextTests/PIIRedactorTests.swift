import Testing
import VigiaText

// Check digits of the numbers below were computed by hand (CPF 529.982.247-25: first digit 295 mod 11 = 9 → 2,
// second 347 mod 11 = 6 → 5; CNPJ 11.222.333/0001-81: 102 mod 11 = 3 → 8, 120 mod 11 = 10 → 1) and the card
// numbers are the brands' published test numbers.
@Suite struct PIIRedactorTests {
    let redactor = PIIRedactor()

    // MARK: - No PII

    @Test(arguments: [
        "", "sem áudio aqui 😡", "travando demais, tela preta", "bom jogo!!! ⚽️🔥", "fala @cazetv", "@fulano valeu",
    ])
    func textWithoutPIIIsReturnedIdentical(text: String) {
        #expect(redactor.redact(text) == text)
        #expect(redactor.findings(in: text).isEmpty)
    }

    @Test(arguments: [
        "2x1 pro mengão", "ganhou de 2 a 1", "temporada 2024", "começa 20:15", "só vai até 1080p", "tá em 480",
        "custa R$ 50,00", "R$ 1.500.000,00 de prêmio", "90% do tempo travado", "temporada 2024-2025",
        "jogo dia 25/03/2024 às 21:30", "placar 3 x 2 aos 45 do 2º tempo", "ip 192.168.0.1", "1.000.000.000 de views",
        "20240315", "ano 2024 2025",
    ])
    func everydayNumbersAreKept(text: String) {
        #expect(redactor.redact(text) == text)
    }

    // MARK: - CPF

    @Test(arguments: ["529.982.247-25", "52998224725", "123.456.789-09", "12345678909", "123456789-09"])
    func validCPFIsRedacted(cpf: String) {
        #expect(redactor.redact("meu cpf é \(cpf) ok") == "meu cpf é <cpf> ok")
        #expect(redactor.findings(in: cpf).map(\.kind) == [.cpf])
    }

    @Test(arguments: [
        "529.982.247-35",  // first check digit wrong
        "529.982.247-24",  // second check digit wrong
        "123.456.789-00", "12345678900", "111.111.111-11", "11111111111", "000.000.000-00",  // all-equal pass mod 11
    ])
    func invalidCPFIsKept(cpf: String) {
        #expect(redactor.redact("cpf \(cpf)") == "cpf \(cpf)")
    }

    @Test func invalidCPFThatReadsAsAMobileNumberIsAPhoneNotACPF() {
        // 529.982.247-26 fails the second check digit; plain, it is area code 52 + mobile 99822-4726.
        #expect(redactor.findings(in: "52998224726").map(\.kind) == [.phone])
        #expect(redactor.redact("529.982.247-26") == "529.982.247-26")
    }

    @Test(arguments: ["1.529.982.247-25", "9529.982.247-25", "529.982.247-251", "5299822472512", "529 982 247 25"])
    func cpfInsideALongerDigitRunIsKept(text: String) {
        #expect(redactor.findings(in: text).allSatisfy { $0.kind != .cpf })
        #expect(redactor.redact(text) == text)
    }

    // MARK: - CNPJ

    @Test(arguments: ["11.222.333/0001-81", "11222333000181", "12.345.678/0001-95", "12345678000195"])
    func validCNPJIsRedacted(cnpj: String) {
        #expect(redactor.redact("empresa \(cnpj).") == "empresa <cnpj>.")
    }

    @Test(arguments: [
        "11.222.333/0001-82", "11.222.333/0001-91", "11222333000180", "00.000.000/0000-00", "00000000000000",
    ])
    func invalidCNPJIsKept(cnpj: String) {
        #expect(redactor.redact("cnpj \(cnpj)") == "cnpj \(cnpj)")
    }

    // MARK: - Cards

    @Test(arguments: [
        "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",  // Visa
        "5555 5555 5555 4444", "5555555555554444", "5105-1051-0510-5100",  // Mastercard
        "3782 822463 10005", "378282246310005",  // Amex
        "4222222222222",  // 13-digit Visa
    ])
    func luhnValidCardIsRedacted(card: String) {
        #expect(redactor.redact("cartão \(card) ok") == "cartão <card> ok")
    }

    @Test(arguments: [
        "4111 1111 1111 1112", "4111-1111-1111-1112", "4111111111111112",
        "0000 0000 0000 0000", "0000 0000 0000 0018", "8888 8888 8888 8888",  // pass Luhn, but are no card
        "4111 1111-1111 1111", "41111111111111111111",
    ])
    func luhnInvalidOrMalformedCardIsKept(card: String) {
        #expect(redactor.redact("cartão \(card) ok") == "cartão \(card) ok")
    }

    @Test func cardIsFoundAfterAnUnrelatedNumber() {
        #expect(redactor.redact("2 4111 1111 1111 1111") == "2 <card>")
        // With these prefixes the longer run passes Luhn too (184111111111111111, 04111111111111111).
        #expect(redactor.redact("18 4111 1111 1111 1111") == "18 <card>")
        #expect(redactor.redact("0 4111 1111 1111 1111") == "0 <card>")
        #expect(redactor.redact("vou pagar 3 4111 1111 1111 1111 2024") == "vou pagar 3 <card> 2024")
    }

    @Test func cardWinsOverTheLaterKinds() {
        // 4111111111111111 is 16 digits only a card can have; 5511912345678 has phone shape and fails Luhn.
        #expect(redactor.findings(in: "4111111111111111").map(\.kind) == [.card])
        #expect(redactor.findings(in: "5511912345678").map(\.kind) == [.phone])
        // 5511912345676 has phone shape and passes Luhn: the card comes first, unless "+" marks a phone.
        #expect(redactor.findings(in: "5511912345676").map(\.kind) == [.card])
        #expect(redactor.findings(in: "+5511912345676").map(\.kind) == [.phone])
    }

    // MARK: - Phones

    @Test(arguments: [
        "+55 (11) 91234-5678", "(21) 3456-7890", "11 91234-5678", "11912345678", "91234-5678", "+5511912345678",
        "55 11 3456 7890", "(11)91234-5678", "11 9 1234-5678", "+55 11 91234.5678", "3456-7890", "912345678",
    ])
    func brazilianPhoneIsRedacted(phone: String) {
        #expect(redactor.redact("me liga: \(phone) valeu") == "me liga: <phone> valeu")
    }

    @Test(arguments: [
        "(10) 91234-5678",  // area code below 11
        "11 81234-5678",  // nine digits not starting with 9
        "11 6456-7890",  // landline starting with 6
        "+1 91234-5678",  // another country
        "9123-45678",  // mobile split in the wrong place
        "11/91234-5678",
    ])
    func phoneLikeNumberIsKept(text: String) {
        #expect(redactor.redact(text) == text)
    }

    @Test func phoneRangeCoversThePlusAndTheParenthesis() {
        let text = "tel +55 (11) 91234-5678"
        #expect(redactor.findings(in: text) == [PIIFinding(kind: .phone, utf8Range: 4..<23)])
        #expect(redactor.findings(in: "(21) 3456-7890.") == [PIIFinding(kind: .phone, utf8Range: 0..<14)])
    }

    @Test func twoPhonesInOneRunOfGroups() {
        #expect(redactor.redact("11 91234-5678 21 3456-7890") == "<phone> <phone>")
    }

    // MARK: - E-mail

    @Test(arguments: [
        ("manda pra fulano.silva+vigia@exemplo.com.br!", "manda pra <email>!"),
        ("email: joao_99@gmail.com.", "email: <email>."),
        ("fala com joão@exemplo.com", "fala com <email>"),
        ("é 12345678909@exemplo.com", "é <email>"),
        ("a@b.co e c-d@e-f.org", "<email> e <email>"),
        ("viu...joao@exemplo.com?", "viu...<email>?"),
    ])
    func emailIsRedacted(text: String, expected: String) {
        #expect(redactor.redact(text) == expected)
    }

    @Test(arguments: [
        "fala @cazetv", "@fulano kkkk", "usuario@localhost", "a@b.c", "@ gmail.com", "x@.com", "x@-a.com",
    ])
    func mentionOrIncompleteAddressIsKept(text: String) {
        #expect(redactor.redact(text) == text)
    }

    // MARK: - Mixed

    @Test func severalKindsInOneMessage() {
        let text =
            "cpf 529.982.247-25, cnpj 11.222.333/0001-81, cartão 4111 1111 1111 1111, tel (21) 3456-7890, a@b.com"
        #expect(
            redactor.redact(text) == "cpf <cpf>, cnpj <cnpj>, cartão <card>, tel <phone>, <email>"
        )
        #expect(redactor.findings(in: text).map(\.kind) == [.cpf, .cnpj, .card, .phone, .email])
    }

    @Test func accentsAndEmojiAroundPIISurvive() {
        let text = "Olá! 😀 meu zap é 11 91234-5678 ✅ ação, e-mail: zé@exemplo.com.br 🇧🇷"
        #expect(redactor.redact(text) == "Olá! 😀 meu zap é <phone> ✅ ação, e-mail: <email> 🇧🇷")
        let bytes = Array(text.utf8)
        let pieces = redactor.findings(in: text).map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) }
        #expect(pieces == ["11 91234-5678", "zé@exemplo.com.br"])
    }

    @Test func findingRangesAreUTF8Offsets() {
        #expect(redactor.findings(in: "ção 529.982.247-25") == [PIIFinding(kind: .cpf, utf8Range: 6..<20)])
    }

    // MARK: - Kinds

    @Test func kindsSubsetIsHonoured() {
        let text = "cpf 529.982.247-25, tel (21) 3456-7890, a@b.com"
        #expect(PIIRedactor(kinds: [.email]).redact(text) == "cpf 529.982.247-25, tel (21) 3456-7890, <email>")
        #expect(PIIRedactor(kinds: [.cpf, .phone]).redact(text) == "cpf <cpf>, tel <phone>, a@b.com")
        #expect(PIIRedactor(kinds: []).redact(text) == text)
        #expect(PIIRedactor(kinds: []).findings(in: text).isEmpty)
    }

    @Test func aDisabledKindIsNotRedactedAsAnotherKind() {
        // 52998224725 is a valid CPF that also has the shape of (52) 99822-4725.
        #expect(PIIRedactor(kinds: [.phone]).redact("cpf 52998224725") == "cpf 52998224725")
        #expect(PIIRedactor(kinds: [.cpf]).redact("cpf 52998224725") == "cpf <cpf>")
    }

    @Test func placeholdersNameTheKind() {
        #expect(PIIKind.allCases.map(\.placeholder) == ["<email>", "<phone>", "<cpf>", "<cnpj>", "<card>"])
    }
}
