import EntenteIngest
import EntenteModel

/// One fuzz input: an article's text (its first byte chooses French or English), extracted on a fixed date. No text may make
/// the extractor trap: it runs inside the server, for `POST /v1/ingest`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let language: Article.Language = bytes[0] % 2 == 0 ? .fr : .en
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    _ = ArticleExtractor().extract(Article(text: text, published: PartialDate("2018-06-12")!, language: language))
    return 0
}
