#include "store/demo/DemoText.h"

namespace Chairside {

QString demoFill(QStringView text, const DemoVars &vars)
{
    QString out;
    out.reserve(text.size() + 32);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'{', pos);
        if (open < 0) {
            out.append(text.mid(pos));
            break;
        }
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0) {
            out.append(text.mid(pos));
            break;
        }
        out.append(text.mid(pos, open - pos));
        const QStringView key = text.mid(open + 1, close - open - 1);
        bool found = false;
        for (const auto &[name, value] : vars) {
            if (key == name) {
                out.append(value);
                found = true;
                break;
            }
            if (!key.isEmpty() && key.front().isUpper() && key.size() == name.size()
                && key.compare(name, Qt::CaseInsensitive) == 0) {
                if (!value.isEmpty()) {
                    out.append(value.front().toUpper());
                    out.append(QStringView(value).mid(1));
                }
                found = true;
                break;
            }
        }
        if (!found)
            out.append(text.mid(open, close - open + 1));
        pos = close + 1;
    }
    return out;
}

QString demoAsciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() >= 128)
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString demoGroupThousands(qint64 value, const QString &separator)
{
    const QString digits = QString::number(value < 0 ? -value : value);
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(separator);
        out.append(digits.at(i));
    }
    return value < 0 ? QStringLiteral("-") + out : out;
}

} // namespace Chairside
