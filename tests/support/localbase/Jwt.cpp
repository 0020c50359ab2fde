#include "Jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace Chairside::Localbase {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &data, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(data, secret, QCryptographicHash::Sha256);
}

// Constant-time comparison so signature checks do not leak timing.
bool equalBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QByteArray Jwt::sign(const QJsonObject &claims, const QByteArray &secret)
{
    const QByteArray header =
        QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(kBase64Url);
    const QByteArray payload =
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray input = header + '.' + payload;
    return input + '.' + mac(input, secret).toBase64(kBase64Url);
}

Jwt::Verified Jwt::verify(const QByteArray &token, const QByteArray &secret, qint64 nowSeconds,
                          qint64 leewaySeconds)
{
    Verified result;
    const QList<QByteArray> parts = token.split('.');
    if (token.isEmpty()) {
        result.message = QStringLiteral("Empty JWT is sent in Authorization header");
        return result;
    }
    if (parts.size() != 3) {
        result.message = QStringLiteral("Expected 3 parts in JWT; got %1").arg(parts.size());
        return result;
    }
    const auto headerBytes = QByteArray::fromBase64Encoding(parts.at(0), kBase64Url);
    const auto payloadBytes = QByteArray::fromBase64Encoding(parts.at(1), kBase64Url);
    const auto signature = QByteArray::fromBase64Encoding(parts.at(2), kBase64Url);
    if (!headerBytes || !payloadBytes || !signature) {
        result.message = QStringLiteral("JWT cryptographic operation failed");
        return result;
    }
    QJsonParseError error;
    const QJsonDocument header = QJsonDocument::fromJson(*headerBytes, &error);
    if (error.error != QJsonParseError::NoError || !header.isObject()
        || header.object().value(QStringLiteral("alg")).toString() != QStringLiteral("HS256")) {
        result.message = QStringLiteral("JWT cryptographic operation failed");
        return result;
    }
    if (!equalBytes(*signature, mac(parts.at(0) + '.' + parts.at(1), secret))) {
        result.status = Status::BadSignature;
        result.message = QStringLiteral("JWT cryptographic operation failed");
        return result;
    }
    const QJsonDocument payload = QJsonDocument::fromJson(*payloadBytes, &error);
    if (error.error != QJsonParseError::NoError || !payload.isObject()) {
        result.message = QStringLiteral("JWT cryptographic operation failed");
        return result;
    }
    result.claims = payload.object();
    const QJsonValue exp = result.claims.value(QStringLiteral("exp"));
    const QJsonValue nbf = result.claims.value(QStringLiteral("nbf"));
    const QJsonValue iat = result.claims.value(QStringLiteral("iat"));
    if (exp.isDouble() && nowSeconds - leewaySeconds >= static_cast<qint64>(exp.toDouble())) {
        result.status = Status::Expired;
        result.message = QStringLiteral("JWT expired");
        return result;
    }
    if (nbf.isDouble() && nowSeconds + leewaySeconds < static_cast<qint64>(nbf.toDouble())) {
        result.status = Status::NotYetValid;
        result.message = QStringLiteral("JWT not yet valid");
        return result;
    }
    if (iat.isDouble() && nowSeconds + leewaySeconds < static_cast<qint64>(iat.toDouble())) {
        result.status = Status::IssuedInFuture;
        result.message = QStringLiteral("JWT issued at future");
        return result;
    }
    result.status = Status::Valid;
    return result;
}

} // namespace Chairside::Localbase
