using Microsoft.AspNetCore.Http;

namespace Cloud.ServiceDefaults.Uploads;

/// <summary>A file uploaded as multipart/form-data in the field <c>file</c> (list and roster imports), read whole.</summary>
public sealed record UploadedFile(byte[] Content, string FileName)
{
    public const string Field = "file";

    /// <summary>The uploaded file, or a message in Chinese saying what is wrong with the request.</summary>
    public static async Task<(UploadedFile? File, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, "请以 multipart/form-data 上传文件，字段名为 file");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return (null, "上传的表单格式错误");
        }

        if (form.Files.GetFile(Field) is not { } file)
        {
            return (null, "请选择要导入的文件（表单字段名为 file）");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return (new UploadedFile(content, file.FileName), null);
    }
}
