#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Chairside::Localbase {

// A request copied out of QHttpServerRequest so worker threads can read it safely.
struct HttpRequest
{
    QByteArray method;                     // upper case: GET, POST, ...
    QString path;                          // percent-decoded
    QList<QPair<QString, QString>> query;  // decoded, in order, duplicates kept
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString &name) const
    {
        for (const auto &item : query) {
            if (item.first == name)
                return item.second;
        }
        return {};
    }
    bool hasQuery(const QString &name) const
    {
        for (const auto &item : query) {
            if (item.first == name)
                return true;
        }
        return false;
    }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }

    static HttpResponse json(int status, const QByteArray &body)
    {
        HttpResponse response;
        response.status = status;
        response.body = body;
        response.headers.append({QByteArrayLiteral("Content-Type"),
                                 QByteArrayLiteral("application/json; charset=utf-8")});
        return response;
    }
    static HttpResponse json(int status, const QJsonObject &object)
    {
        return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    static HttpResponse empty(int status)
    {
        HttpResponse response;
        response.status = status;
        return response;
    }
};

} // namespace Chairside::Localbase
