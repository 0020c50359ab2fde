#include "ui/appointments/DaySheetPrinting.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace Chairside::DaySheetPrinting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::DaySheetPrinting", text);
}

} // namespace

void print(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(device);
}

QString writePdf(const QString &html, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The day sheet could not be saved to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Day sheet"));
        writer.setCreator(QStringLiteral("Chairside"));
        print(html, &writer);
    } // the writer finishes the file when it goes
    if (!file.commit())
        return tr("The day sheet could not be saved to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void preview(const QString &html, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&html](QPrinter *target) { print(html, target); });
    dialog.exec();
}

} // namespace Chairside::DaySheetPrinting
