using Cloud.Identity.Domain;
using Cloud.ServiceDefaults.Problems;

namespace Cloud.Identity.Api;

public sealed record OnboardCountyRequest(string? Code, string? Name)
{
    public Validation Validate()
    {
        var validation = new Validation().Require("name", Name, "区县名称", County.MaxNameLength);
        if (!County.IsCountyCode(Code))
        {
            validation.Add("code", "区县代码必须是6位行政区划代码（GB/T 2260），000000为平台保留");
        }

        return validation;
    }
}

public sealed record CountyAdminRequest(string? Login, string? DisplayName, string? Phone, string? Password)
{
    public Validation Validate() => UserFields.Validate(new Validation(), Login, DisplayName, Phone, Password);
}

public sealed record CreateUserRequest(string? Login, string? DisplayName, string? Phone, string? Password, string[]? Roles, Guid? OrgScope, string? City, Guid? MemberId = null)
{
    public Validation Validate(string county) =>
        UserFields.ValidateRoles(UserFields.Validate(new Validation(), Login, DisplayName, Phone, Password), county, Roles, OrgScope, City, MemberId);
}

public sealed record ChangeRolesRequest(string[]? Roles, Guid? OrgScope, string? City, Guid? MemberId = null)
{
    public Validation Validate(string county) => UserFields.ValidateRoles(new Validation(), county, Roles, OrgScope, City, MemberId);
}

public sealed record ResetPasswordRequest(string? Password)
{
    public Validation Validate() => UserFields.ValidatePassword(new Validation(), Password);
}

public sealed record CreateClientRequest(string? DisplayName, string? County, string? City)
{
    /// <summary>A platform operator names the county or the city; a county admin's client is always for the admin's county.</summary>
    public Validation Validate(bool byPlatform)
    {
        var validation = new Validation().Require("displayName", DisplayName, "客户端名称", MachineClient.MaxDisplayNameLength);
        if (!byPlatform)
        {
            return validation;
        }

        var hasCounty = !string.IsNullOrWhiteSpace(County);
        var hasCity = !string.IsNullOrWhiteSpace(City);
        if (hasCounty == hasCity)
        {
            validation.Add("county", "必须且只能指定区县代码或城市代码之一");
        }
        else if (hasCounty && !Domain.County.IsCountyCode(County))
        {
            validation.Add("county", "区县代码必须是6位行政区划代码");
        }
        else if (hasCity && (City!.Length != 4 || !City.All(char.IsAsciiDigit)))
        {
            validation.Add("city", "城市代码必须是4位数字");
        }

        return validation;
    }
}

/// <summary>Field rules shared by the requests that create users.</summary>
public static class UserFields
{
    public static Validation Validate(Validation validation, string? login, string? displayName, string? phone, string? password)
    {
        if (!CloudUser.IsValidLogin(login))
        {
            validation.Add("login", $"用户名为2至{CloudUser.MaxLoginLength}个字母、数字或 . _ -，以字母或数字开头");
        }

        validation.Require("displayName", displayName, "姓名", CloudUser.MaxDisplayNameLength);
        if (phone is { Length: > 0 } && (phone.Length > CloudUser.MaxPhoneLength || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ')))
        {
            validation.Add("phone", "电话号码格式不正确");
        }

        return ValidatePassword(validation, password);
    }

    public static Validation ValidatePassword(Validation validation, string? password)
    {
        if (password is null || password.Length < PasswordPolicy.MinLength)
        {
            validation.Add("password", $"密码至少需要{PasswordPolicy.MinLength}个字符");
        }
        else if (password.Length > PasswordPolicy.MaxLength)
        {
            validation.Add("password", $"密码不能超过{PasswordPolicy.MaxLength}个字符");
        }

        return validation;
    }

    public static Validation ValidateRoles(Validation validation, string realm, string[]? roles, Guid? orgScope, string? city, Guid? memberId = null) =>
        validation.AddAll(RoleAssignment.Check(realm, roles, orgScope, city, memberId));
}
