namespace Cloud.Members.Domain.Members;

public enum Gender
{
    Male,
    Female,
}
